# list.index with start/stop and list.count, both use == equality
xs = [1, "a", 2.0, "a", [3], True, 1]
print(xs.index("a"), xs.index("a", 2), xs.index(2), xs.index([3]), xs.index(1, 2), xs.index(True))
print(xs.count("a"), xs.count(1), xs.count(True), xs.count([3]), xs.count(9), [].count(0))
print(xs.index(1, -2), xs.index("a", -10, 4))
for args in (("z",), ("a", 4), (1, 1, 5), ([3, 4],), (None,)):
    try:
        print(xs.index(*args))
    except ValueError as e:
        print(type(e).__name__, e)
