# true division by Smith's algorithm, including the zero divisor cases
for num, den in [(1 + 2j, 3 + 4j), (1, 1j), (1j, 1e-300 + 1e-300j), (1e300 + 1e300j, 1e-10 + 1e300j),
                 (1 + 1j, 2), (5, 1 - 1j), (1e308 + 0j, 1e-308j), (0.0, 1j), (1 + 1j, complex(float("inf"), 1)),
                 (1 + 1j, complex(float("nan"), 1)), (1 + 1j, complex(1, float("nan"))), (-0.0 + 0j, 1j)]:
    print(num / den)
for num, den in [(1j, 0), (1j, 0j), (1, 0j), (1.5, 0j), (0j, 0j), (1j, 0.0), (1j, -0.0), (1j, complex(0.0, -0.0))]:
    try:
        print(num / den)
    except ZeroDivisionError as e:
        print("ZeroDivisionError:", e)
