# divmod for ints and floats, and pow with two or three arguments
print(divmod(17, 5), divmod(-17, 5), divmod(17, -5), divmod(17.5, 5), divmod(-7, 2.0), divmod(True, 2))
print(pow(2, 10), pow(2, 10, 1000), pow(3, -1, 7), pow(38, -1, 97), pow(2, 0.5), pow(-8, 2), pow(2, -1))
print(pow(0, 0), pow(5, 0, 1), pow(-2, 3, 5), pow(10 ** 20, 3, 10 ** 9 + 7), pow(base=2, exp=5), pow(4, 0.5))
cases = [lambda: pow(2, 3, 0), lambda: pow(2.0, 3, 5), lambda: pow(2, -1, 4), lambda: divmod(1, 0),
         lambda: divmod("a", 1), lambda: pow(0, -1), lambda: pow("2", 2)]
for f in cases:
    try:
        print(f())
    except (ValueError, TypeError, ZeroDivisionError) as e:
        print(type(e).__name__, e)
print(pow(-8, 1 / 3) == pow(-8, 1 / 3), type(pow(2, -1)).__name__)
