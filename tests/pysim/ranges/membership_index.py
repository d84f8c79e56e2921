# `in`, index() and count() on ranges work arithmetically, even for huge ranges
r = range(0, 100, 7)
print(14 in r, 15 in r, 98 in r, 105 in r, -7 in r, 7.0 in r, 7.5 in r, True in range(2))
print(r.index(21), r.count(21), r.count(22), range(10, 0, -2).index(4))
huge = range(0, 10 ** 30, 3)
print(10 ** 27 in huge, 10 ** 27 + 1 in huge, huge.index(3 * 10 ** 20), huge[-1], huge[10 ** 25])
for value in (22, "a", 100):
    try:
        print(r.index(value))
    except ValueError as e:
        print(type(e).__name__, e)
print("x" in r, None in r, [] in range(3))
