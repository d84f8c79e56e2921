# decoding bad bytes: error handlers, and an uncaught UnicodeDecodeError
good = "naïve café".encode()
print(good, good.decode(), len(good), good.decode("ascii", "replace"), good.decode("ascii", "ignore"))
print(good.decode("latin-1"), good.decode(errors="strict"), b"\xc3".decode("latin-1"))
print(b"ab\xffcd".decode("utf-8", "backslashreplace"), b"\x80abc".decode("utf-8", errors="replace"))
data = b"caf\xe9"
print(data.decode("cp1252"), data.decode("latin-1"))
print(data.decode())
