# exact messages of arithmetic errors
import math
cases = [lambda: 1 / 0, lambda: 1 // 0, lambda: 1 % 0, lambda: divmod(5, 0),
         lambda: 1.0 / 0, lambda: 1.0 // 0, lambda: 1.0 % 0, lambda: 5 / 0.0,
         lambda: 0 ** -1, lambda: 0.0 ** -1, lambda: 2.0 ** 10000, lambda: math.exp(1000),
         lambda: math.sqrt(-1), lambda: math.log(0), lambda: int(float("inf")),
         lambda: int(float("nan")), lambda: 10 ** 400 / 1, lambda: float(10 ** 400),
         lambda: pow(2, -1, 0), lambda: 1 << -1, lambda: 1 >> -1]
for c in cases:
    try:
        print(c())
    except Exception as e:
        print(type(e).__name__ + ":", e)
