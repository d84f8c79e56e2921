# round() on floats: halves go to even, representation error, digits argument
for x in (0.5, 1.5, 2.5, 3.5, -0.5, -1.5, -2.5, 2.675, 0.125, 0.375, 1.005):
    print(x, round(x), round(x, 2), round(x, 1))
print(round(1234.5678, -2), round(1234.5678, -1), round(1250.0, -2), round(1350.0, -2))
print(round(3.14159, 3), round(3.14159, 0), round(-3.7), round(3.7, 10))
print(type(round(2.5)).__name__, type(round(2.5, 0)).__name__, type(round(2.5, None)).__name__)
print(round(1e300, 2), round(123.456, -5), round(0.1 + 0.2, 15), round(0.1 + 0.2, 16))
for bad in (float("inf"), float("nan")):
    try:
        print(round(bad))
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
print(round(float("inf"), 2), round(float("nan"), 2))
