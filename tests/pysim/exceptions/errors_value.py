# exact messages of common ValueErrors
import math
cases = [lambda: int("abc"), lambda: int("1.5"), lambda: int(""), lambda: int("12", 2),
         lambda: float("x1"), lambda: float(""), lambda: [1].remove(5), lambda: [1].index(5),
         lambda: (1,).index(2), lambda: "abc".index("z"), lambda: max([]), lambda: min(()),
         lambda: range(1, 2, 0), lambda: chr(-1), lambda: math.sqrt(-4),
         lambda: "a,b".split(""), lambda: int("99", 40), lambda: bytes([300]),
         lambda: "{} {}".format(1), lambda: list(zip([1], [1, 2], strict=True)),
         lambda: dict([(1, 2, 3)]), lambda: "x".encode("nope")]
for c in cases:
    try:
        c()
    except (ValueError, IndexError, LookupError) as e:
        print(type(e).__name__ + ":", e)
