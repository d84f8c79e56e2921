# the error messages of min and max
cases = [lambda: max([]), lambda: min(()), lambda: min(), lambda: max(1), lambda: max(1, 2, default=0),
         lambda: min([1, "a"]), lambda: max([], key=len), lambda: max([1, 2], foo=1), lambda: min(None)]
for f in cases:
    try:
        print(f())
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(max([5, 9, 2]))
print(max(x for x in [] if x))
