# argument errors when calling built-in functions and methods
cases = [lambda: len(), lambda: len([1], [2]), lambda: abs(1, 2), lambda: divmod(1),
         lambda: sorted([1], 1), lambda: len(obj=[1]), lambda: [].append(),
         lambda: [].append(1, 2), lambda: "a".upper(1), lambda: {}.get(),
         lambda: isinstance(1), lambda: print(end=5), lambda: range(),
         lambda: range(1, 2, 3, 4), lambda: max(), lambda: int(1, 2, 3),
         lambda: "x".split(sep=1), lambda: sum([1], start="a", extra=2)]
for c in cases:
    try:
        c()
    except TypeError as e:
        print(e)
