# bool() / truthiness of built-in values and of objects with __bool__ or __len__
values = [0, 1, -1, 0.0, 0.1, "", " ", "False", [], [0], (), (None,), {}, {0: 0}, set(), None, range(0), b"", bytearray(), 0.0 == 0]
print([bool(v) for v in values])
class Empty:
    def __len__(self):
        return 0

class Falsy:
    def __bool__(self):
        return False
    def __len__(self):
        return 5

class Plain:
    pass

print(bool(Empty()), bool(Falsy()), bool(Plain()), bool(), not Empty(), len(Falsy()))
print(True and "yes", 0 or "fallback", "" or [] or 0, [] and 1 / 0, None or None, 3 and 4)
class Bad:
    def __bool__(self):
        return 1
try:
    bool(Bad())
except TypeError as e:
    print(type(e).__name__, e)
