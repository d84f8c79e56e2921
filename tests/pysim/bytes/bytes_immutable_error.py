# bytes cannot be modified in place; bytearray can (uncaught error at the end)
frozen = b"data"
mutable = bytearray(frozen)
mutable[0] = ord("D")
print(frozen, mutable, mutable.decode())
copy = bytes(mutable)
print(copy, copy == mutable, type(copy).__name__)
frozen[0] = ord("D")
