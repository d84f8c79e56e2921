# frozenset: immutable and hashable; mixing with set keeps the left operand's type
f = frozenset([3, 1, 2, 3])
s = {2, 3, 4}
print(f, frozenset(), frozenset("aa"), len(f), 2 in f, type(f | s).__name__, type(s | f).__name__)
print(f | s, s & f, f - s, f ^ s, f == {1, 2, 3}, {1, 2, 3} == f, f <= {1, 2, 3, 4})
d = {f: "frozen key", frozenset(): "empty"}
print(d[frozenset({1, 2, 3})], d[frozenset()], {frozenset({1}), frozenset({1})})
nested = {frozenset({1, 2}), frozenset({2, 1}), frozenset({3})}
print(len(nested), frozenset({1, 2}) in nested, f.union([9]), f.copy() is f, set(f))
for action in (lambda: f.add(4), lambda: f.remove(1), lambda: {s}, lambda: hash(s)):
    try:
        action()
    except (AttributeError, TypeError) as e:
        print(type(e).__name__, e)
