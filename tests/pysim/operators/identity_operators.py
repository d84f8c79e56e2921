# is and is not test object identity; aliases share one object
a = [1, 2]
b = a
c = [1, 2]
print(a is b, a is c, a == c, a is not c)
print(a[:] is a, list(a) is a, a.copy() is a)
t = (1, 2)
print(t[:] is t, tuple(t) is t)
s = "text"
print(s[:] is s, str(s) is s)
x = None
print(x is None, x is not None, type(x) is type(None))
print(True is True, bool(1) is True, isinstance(1, int) is True)
import copy
nested = [[1], [2]]
shallow = copy.copy(nested)
deep = copy.deepcopy(nested)
print(shallow is nested, shallow[0] is nested[0], deep[0] is nested[0], deep == nested)
def f():
    return a
print(f() is a)
