# __bool__ decides truthiness; without it __len__ is used; else always true
class Empty:
    pass
class Sized:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n
class Flag:
    def __init__(self, on):
        self.on = on
    def __bool__(self):
        print("__bool__ called")
        return self.on
print(bool(Empty()), bool(Sized(0)), bool(Sized(3)))
print(bool(Flag(False)), bool(Flag(True)))
if not Sized(0):
    print("Sized(0) is falsy")
print(Flag(False) or "fallback")
print(len(Sized(4)))
class BadBool:
    def __bool__(self):
        return 1
try:
    bool(BadBool())
except TypeError as e:
    print(e)
class BadLen:
    def __len__(self):
        return -1
try:
    len(BadLen())
except ValueError as e:
    print(e)
