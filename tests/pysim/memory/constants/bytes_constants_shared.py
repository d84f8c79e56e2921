# bytes constants are merged like str constants; bytes built at run time are new
a = b"raw data"
b = b"raw data"
print(a is b)
c = b"raw " + b"data"
print(c is a)
parts = [b"raw", b"data"]
d = b" ".join(parts)
print(d == a, d is a)
e = bytes(a)
print(e is a)
f = bytearray(a)
print(f == a, bytes(f) is a)
