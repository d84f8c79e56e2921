# set algebra with operators: union, intersection, difference, symmetric difference, subsets
a = {1, 2, 3, 4}
b = {3, 4, 5}
print(a | b, a & b, a - b, b - a, a ^ b)
print(a <= b, {3, 4} <= a, {3, 4} < a, a < a, a <= a, a >= {1}, a > {1, 2, 3, 4}, a == {4, 3, 2, 1})
print(a.isdisjoint(b), a.isdisjoint({9}), set() <= a, set() < set(), {1} != {1.0})
c = a
c |= {9}
c &= {1, 2, 9, 10}
c -= {2}
c ^= {1, 7}
print(a, c, c is a)
for bad in (lambda: a | [1], lambda: a + b, lambda: a & "x", lambda: a < [1]):
    try:
        print(bad())
    except TypeError as e:
        print(type(e).__name__, e)
