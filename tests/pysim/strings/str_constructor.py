# str() of many objects: containers show repr of their items, str(bytes) shows b'...'
class Pet:
    def __init__(self, name):
        self.name = name
    def __repr__(self):
        return f"Pet({self.name!r})"
    def __str__(self):
        return self.name

p = Pet("Rex")
print(str(), str(123), str(-1.50), str(True), str(None), str([1, "a", None]), str((1,)))
print(str({"k": "v"}), str({1.5}), str(b"abc"), str(b"caf\xc3\xa9", "utf-8"), str(bytearray(b"x")))
print(str(p), repr(p), [p], (p,), {"pet": p}, f"{p}", f"{p!r}", str([p, "Rex"]))
print(str(str), str(range(3)), str(1e100), str(2 ** 70), str(-0.0))
print(str(b"caf\xe9", "latin-1"), str(b"abc", encoding="ascii"), str(object=7))
try:
    str(b"\xff", "utf-8")
except UnicodeDecodeError as e:
    print(type(e).__name__, e)
