# a set used as a key is looked up as the equal frozenset; errors name the type
s = {frozenset(), frozenset({1, 2})}
print(set() in s, {1, 2} in s, {2, 1} in s, {3} in s, s.__contains__(set()))
s.remove({1, 2})
s.discard(set())
print(s)
try:
    s.remove({9})
except KeyError as e:
    print(type(e).__name__, e, e.args)
try:
    {1}.remove((1, 2))
except KeyError as e:
    print(type(e).__name__, e, e.args)
try:
    {frozenset()}.issuperset([set()])
except TypeError as e:
    print(type(e).__name__, e)
print({1}.issubset([1, [2]]), {1}.issuperset([2, [3]]), {1}.isdisjoint([2, 3]), {1}.isdisjoint(iter([3, 1])))


def attempt(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


x = {1}
attempt(lambda: x.add())
attempt(lambda: x.add(1, 2))
attempt(lambda: x.pop(1))
attempt(lambda: x.union(other=1))
attempt(lambda: x.isdisjoint())
attempt(lambda: x.update(1))
attempt(lambda: x.union([[1]]))
attempt(lambda: x.intersection(5))
attempt(lambda: x.difference(5))
attempt(lambda: x.issubset(5))
attempt(lambda: x.symmetric_difference(5))
attempt(lambda: x - 1)
attempt(lambda: 1 & x)
attempt(lambda: x <= 1)
attempt(lambda: x == 1)
attempt(lambda: x * 2)
attempt(lambda: set.add(frozenset(), 1))
attempt(lambda: set().pop())
attempt(lambda: {[]})
attempt(lambda: set([1, 2, [3]]))
attempt(lambda: frozenset(5))
attempt(lambda: x.__iand__(5))
attempt(lambda: x.__rsub__({1, 2, 3}))
attempt(lambda: frozenset({1}).__or__({2}))
f = frozenset([1])
g = f
f |= {2}
print(f, g, f is g)
try:
    f |= [3]
except TypeError as e:
    print(e)
y = x
x -= {5}
x |= {6}
print(x is y, x)
try:
    x &= [1]
except TypeError as e:
    print(e)
try:
    x ^= "ab"
except TypeError as e:
    print(e)
print(x.update(), x.intersection_update(), x.difference_update(), x)
d = {"k": 1, "j": 2}
print(sorted(set(d)), sorted({"j"} | set(d)), len(x.union(d)), sorted({"k", "m"} - d.keys()), sorted({"k", "m"}.difference(d)))
z = {"a", "b", "c"}
z.symmetric_difference_update({"c": 0, "d": 0})
print(sorted(z), sorted({1, 2} ^ {2, 3}), sorted({1, 2}.symmetric_difference([2, 3, 3])))
