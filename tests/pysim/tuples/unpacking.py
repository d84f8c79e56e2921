# tuple unpacking, swaps, starred targets, nested targets, and the mismatch errors
a, b = 1, 2
a, b = b, a
print(a, b)
first, *rest = [1, 2, 3, 4]
*init, last = "abcd"
head, *middle, tail = range(5)
x, *empty = (9,)
print(first, rest, init, last, head, middle, tail, x, empty)
(p, q), r = (1, 2), 3
[s, (t, u)] = ["s", "tu"]
print(p, q, r, s, t, u)
for name, (lo, hi) in [("A", (1, 2)), ("B", (3, 4))]:
    print(name, lo + hi)
for value in ([1, 2, 3], [1], 5, "xy"):
    try:
        m, n = value
        print(m, n)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    a, b, *c, d = [1, 2]
except ValueError as e:
    print(type(e).__name__, e)
