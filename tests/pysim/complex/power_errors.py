# ZeroDivisionError, OverflowError and ValueError of complex **
cases = [lambda: 0j ** -1, lambda: 0j ** 1j, lambda: 0j ** -1.5, lambda: 0 ** (-1 + 0j), lambda: 0j ** (1 + 1j),
         lambda: (1e200 + 1e200j) ** 3, lambda: 10j ** 400, lambda: (2 + 0j) ** 1100, lambda: (1e300 + 0j) ** 1.5,
         lambda: pow(1j, 2, 3), lambda: pow(2, 1j, 3), lambda: pow(1j, 2, None), lambda: complex(float("inf")) ** 2,
         lambda: 1j ** complex(0, float("inf")), lambda: 2 ** (10 ** 400 + 0j)]
for f in cases:
    try:
        print(f())
    except (ZeroDivisionError, OverflowError, ValueError) as e:
        print(type(e).__name__ + ":", e)
