# wrong argument counts and types given to built-in functions
cases = [lambda: len(), lambda: len([1], [2]), lambda: abs(1, 2), lambda: int("1", 2, 3), lambda: isinstance(1),
         lambda: sorted(), lambda: divmod(1), lambda: chr(), lambda: range(), lambda: print(end=1),
         lambda: len(x=1), lambda: sum([1], start="a"), lambda: min(key=len), lambda: iter(), lambda: getattr(1)]
for f in cases:
    try:
        print(f())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
