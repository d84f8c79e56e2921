# round(): banker's rounding of halves, negative ndigits, int results, float representation
print([round(x) for x in (0.5, 1.5, 2.5, 3.5, -0.5, -1.5, 0.49999999999999994)])
print(round(15, -1), round(25, -1), round(35, -1), round(-25, -1), round(1234, -2), round(1250, -2), round(5, -1))
print(round(2.675, 2), round(1.25, 1), round(1.35, 1), round(0.045, 2), round(123.456, 1), round(-2.5))
print(round(7), round(7, 2), round(7.0), round(7.0, 1), round(-0.4), round(True), type(round(3, 1)).__name__)
print(round(10 ** 20 + 5, -1), round(2 ** 70, -20), round(1e20), round(0.5 + 1e-16))
try:
    round("1.5")
except TypeError as e:
    print(type(e).__name__, e)
try:
    round(1.5, 1.0)
except TypeError as e:
    print(type(e).__name__, e)
