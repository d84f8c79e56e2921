# subclasses of bytes and bytearray: what their operations return
import sys
class B(bytes):
    pass
class BA(bytearray):
    pass
class Tagged(bytes):
    def __new__(cls, data, tag):
        self = super().__new__(cls, data)
        self.tag = tag
        return self
b = B(b"ab")
ba = BA(b"ab")
print(b, ba, repr(b), repr(ba), str(ba), len(b), len(ba), b == b"ab", ba == b"ab", b == ba)
print(type(b + b"").__name__, type(b * 1).__name__, type(b[:]).__name__, type(b[0:1]).__name__, type(bytes(b)).__name__)
print(type(ba + b"x").__name__, type(ba * 2).__name__, type(ba[:]).__name__, type(ba.copy()).__name__)
print(type(B.fromhex("41")).__name__, type(BA.fromhex("41")).__name__, type(bytes.fromhex("41")).__name__)
print(type(b.strip()).__name__, type(b.center(1)).__name__, type(b.replace(b"x", b"y")).__name__,
      type(b.translate(None)).__name__, type(b"".join([b])).__name__, type(b.removeprefix(b"x")).__name__,
      type(b.zfill(1)).__name__, type(b.split()[0]).__name__, type(b.splitlines()[0]).__name__)
t = b.partition(b"x")
print(t, type(t[0]).__name__, t[0] is b)
t = b.rpartition(b"x")
print(t, type(t[2]).__name__, t[2] is b)
print(type(ba.strip()).__name__, type(ba.upper()).__name__, type(ba.partition(b"x")[0]).__name__)
print(hash(b) == hash(b"ab"), B(b"") == b"", B() == b"", len(B(3)), B([65, 66]), B("\xe9", "latin-1"))
print(bytes(b) == b, type(bytes(b)).__name__, b.__bytes__() == b, type(b.__bytes__()).__name__)
x = Tagged(b"data", "T1")
print(x, x.tag, type(x).__name__, x.upper(), x + b"!", x[1:], isinstance(x, bytes))
ba.extend(b"cd")
ba.append(101)
ba[0] = 65
del ba[1]
print(ba, type(ba).__name__, len(ba), ba.__alloc__())
ba.attr = 5
print(ba.attr, sorted(vars(ba)))
print(sys.getsizeof(B(b"abc")) - sys.getsizeof(b"abc"), sys.getsizeof(BA(b"abc")) - sys.getsizeof(bytearray(b"abc")))
