# tuple.index/count and the errors tuples give for missing items and bad indexes
t = ("a", "b", "a", 1, True)
print(t.index("a"), t.index("a", 1), t.count("a"), t.count(1), t.count(True), t.index(True))
for action in (lambda: t.index("z"), lambda: t[10], lambda: t["0"], lambda: t.index("a", 3),
               lambda: t.sort(), lambda: t.remove("a")):
    try:
        print(action())
    except (ValueError, IndexError, TypeError, AttributeError) as e:
        print(type(e).__name__, e)
print(t[len(t) - 1], t[-len(t)])
