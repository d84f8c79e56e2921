# subclasses of set and frozenset: repr with the class name, results of
# operators are plain sets, __init__ overrides, and self-containing reprs
class Tags(set):
    pass


class Frozen(frozenset):
    pass


t = Tags([3, 1, 2])
f = Frozen("ab")
print(t, Tags(), f == {"a", "b"}, Frozen(), len(t), type(t).__name__)
print(type(t | {9}).__name__, type(t.copy()).__name__, type(t - t).__name__, type(f & f).__name__, type(f.copy()).__name__)
print(type({1} | t).__name__, t | {9}, t.union([4]), Frozen([1]) | {2})


class Pair(set):
    def __init__(self, a, b=0):
        super().__init__([a, b])


print(Pair(5), Pair(5, b=6), Pair(1).issubset({0, 1}))


class Mirror(set):
    def __iter__(self):
        return iter(["x", "y"])


m = Mirror([1, 2])
print(repr(m), list(m), set(m), m | {3}, len(m))


class Self(set):
    __hash__ = object.__hash__


s = Self()
s.add(s)
print(repr(s), s in s)
print(t.__reduce__(), frozenset([7]).__reduce__())
t.label = "x"
print(t.__reduce__()[2])
for bad in (lambda: Tags(1, 2), lambda: Tags(x=1), lambda: Frozen(x=1), lambda: Frozen(1, 2), lambda: set(x=1),
            lambda: set(1, 2), lambda: frozenset(x=1), lambda: frozenset([], []), lambda: set(5)):
    try:
        bad()
    except TypeError as e:
        print(type(e).__name__, e)
print(set.__new__(set, [1, 2]), frozenset.__new__(frozenset, [1, 2]), frozenset.__new__(Frozen, [3]))
r = set([1, 2])
r.__init__([3])
print(r)
