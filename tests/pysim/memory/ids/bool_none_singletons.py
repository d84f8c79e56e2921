# True, False and None are single objects, whatever expression produces them
x = 3
a = x > 2
b = bool(x)
c = not not x
print(a is True, b is True, c is True, (x == 4) is False, isinstance(x, int) is True)
print(bool([]) is False, (not x) is False, callable(print) is True)
def nothing():
    pass
r = nothing()
print(r is None, type(None)() is None, [].sort() is None, {}.get("k") is None)
print(id(True) == id(x > 0), id(None) == id(print("side effect")))
print(True + True, True == 1, type(True).__name__)
