# iterating sets: changing the size raises, swapping items does not, pop() walks the table with a finger
s = {1, 2, 3}
try:
    for x in s:
        s.add(x + 10)
except RuntimeError as e:
    print(type(e).__name__, e, len(s))
s = {1, 2, 3}
for x in s:
    s.discard(x)
    s.add(x + 100)
print(s)
it = iter({5, 6, 7})
print(type(it).__name__, it.__length_hint__(), next(it), it.__length_hint__(), list(it), it.__length_hint__())
t = {1, 2}
it = iter(t)
next(it)
t.add(3)
for attempt in range(2):
    try:
        next(it)
    except RuntimeError as e:
        print(e)
t.discard(3)
try:
    next(it)
except RuntimeError as e:
    print("still:", e)
p = set(range(40, 0, -3))
print([p.pop() for _ in range(5)], len(p))
p.add(40)
print(p.pop(), p.pop())
q = {0, 8, 16}
q.remove(0)
q.add(24)
print(q, list(q), sorted(q))
print(list(zip({1, 2, 3}, "abc")), [x * 2 for x in {3, 1, 2}], sum({1, 2, 3}), max({3, 9, 1}), sorted({5, 1, 3}, reverse=True))
print(*{10, 20}, sep="|")
a, b = {"only", "two"} - {"two"}, 0
print(a, b)
