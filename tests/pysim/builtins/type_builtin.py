# type() of many values, and comparing types
class Thing:
    def method(self):
        pass

def func():
    pass

values = [1, 1.5, "s", b"b", bytearray(), True, None, [], (), {}, set(), frozenset(), range(1),
          Thing(), Thing, func, lambda: 0, Thing().method, len, "x".upper, type, int]
for v in values:
    print(type(v), type(v).__name__)
print(type(1) is int, type(True) is int, type(True) == bool, type(type(1)), type(None).__name__)
print(type("x")("y"), type(5)("7") + 1, type([1])((2, 3)), int.__name__, Thing.__name__)
