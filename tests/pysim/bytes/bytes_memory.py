# where bytes and bytearray objects live: a freed block is reused by the next
# object of the same size class, and a bytearray's buffer is a block of its own
x = bytes(100)
i = id(x)
del x
y = bytes(100)
print(id(y) == i)
z = bytes(101)
print(id(z) == i)
del y
w = bytes(110)
print(id(w) == i)
del w, z
ba = bytearray(b"a" * 40)
j = id(ba)
del ba
other = bytearray()
print(id(other) == j)
del other
ba = bytearray(b"a" * 40)
print(id(ba) == j)
ba.extend(b"b" * 100)
print(id(ba) == j, len(ba), ba.__alloc__())
lit = b"shared"
lit2 = b"shared"
folded = b"sha" + b"red"
print(lit is lit2, folded is lit)
n = 3
one = b"x"
print(b"ab" * n is b"ab" * n, bytes(3) is bytes(3), (b"x" * n)[:1] is one, bytes([120]) is one)
