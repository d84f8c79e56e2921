# abs() and sum(): types, start values, and the string refusal
print(abs(-5), abs(5), abs(-2.5), abs(-0.0), abs(True), abs(-(10 ** 30)), abs(0))
print(sum([1, 2, 3]), sum([1, 2, 3], 10), sum([], 5), sum([0.5, 0.25]), sum(range(5), start=-10))
print(sum([[1], [2, 3]], []), sum([(1,), (2,)], ()), sum([True, True]), sum([1, 2.5]), sum(x * x for x in range(4)))
for bad in (lambda: sum(["a", "b"], ""), lambda: sum(["a", "b"]), lambda: abs("x"), lambda: sum(1), lambda: sum([b"a"], b"")):
    try:
        print(bad())
    except TypeError as e:
        print(type(e).__name__, e)
