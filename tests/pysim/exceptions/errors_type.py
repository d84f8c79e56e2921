# exact messages of common TypeErrors
cases = [lambda: "a" + 1, lambda: 1 + "a", lambda: [1] + (2,), lambda: (1,) + [2],
         lambda: "a" * "b", lambda: [1] * 1.5, lambda: "x" - "y", lambda: None + 1,
         lambda: -"a", lambda: ~1.5, lambda: len(5), lambda: len(None), lambda: five[0],
         lambda: nothing[0], lambda: pair["a"], lambda: one[key], lambda: {}[[]],
         lambda: {[1]: 2}, lambda: {{}}, lambda: hash([]), lambda: int([1]),
         lambda: float(None), lambda: iter(5), lambda: next([1]), lambda: sum(["a", "b"]),
         lambda: "abc".join([1, 2]), lambda: sorted([1, "a"]), lambda: 1 < None,
         lambda: abs("x"), lambda: round("1.5"), lambda: "%d" % "x", lambda: ord("ab"),
         lambda: chr("a"), lambda: for_loop(3), lambda: text[1.0]]
five, nothing, pair, one, key, text = 5, None, (1, 2), [1], "0", "abc"
def for_loop(x):
    for i in x:
        pass
for c in cases:
    try:
        c()
    except TypeError as e:
        print(e)
