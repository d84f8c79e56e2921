# copying an immutable object returns the object itself (deepcopy too, if nothing inside is mutable)
import copy
n = 10 ** 20
s = "some text"
t = (1, "two", (3, 4))
f = frozenset([1, 2])
b = b"raw"
for v in (n, s, t, f, b, None, 3.5, True, range(5)):
    print(type(v).__name__, copy.copy(v) is v, copy.deepcopy(v) is v)
m = (1, [2])
print(copy.copy(m) is m, copy.deepcopy(m) is m, copy.deepcopy(m)[0] is m[0])
