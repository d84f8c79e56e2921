# hash() values that are fixed in CPython: ints, bools, floats, tuples compare equal
print(hash(0), hash(1), hash(-1), hash(-2), hash(True), hash(False), hash(2 ** 61 - 1), hash(2 ** 61), hash(2 ** 61 + 5))
print(hash(1.0), hash(-1.0), hash(0.5), hash(2.5), hash(1e20), hash(float("inf")), hash(float("-inf")))
print(hash(12345678901234567890), hash(-(2 ** 64)), hash(None) == hash(None))
print(hash((1, 2)) == hash((1, 2)), hash((1, 2)) == hash((2, 1)), hash(1) == hash(1.0) == hash(True))
print(hash(frozenset({1, 2})) == hash(frozenset({2, 1})), hash("abc") == hash("ab" + "c"), hash(()) == hash(()))
class Key:
    def __init__(self, k):
        self.k = k
    def __hash__(self):
        return hash(self.k)
    def __eq__(self, other):
        return self.k == other.k
print(hash(Key(7)), Key(7) == Key(7), {Key(7): "found"}[Key(7)], len({Key(1), Key(1)}))
for bad in ([], {}, set(), (1, [2])):
    try:
        print(hash(bad))
    except TypeError as e:
        print(type(e).__name__, e)
