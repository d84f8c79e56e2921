# true division always gives a float; huge quotients and conversions overflow
print(7 / 2, 10 / 5, -7 / 2, 1 / 3, 2 / 3, 10 ** 20 / 10 ** 19)
print(10 ** 400 / 10 ** 399, (2 ** 1000 + 1) / 2 ** 999)
print(type(6 / 3).__name__, 6 // 3, 6.0 // 4, 7 // 2.0)
print(1 / 10 ** 400, 12345678901234567890 / 10)
try:
    print(10 ** 400 / 3)
except OverflowError as e:
    print(type(e).__name__, e)
try:
    print(float(10 ** 400))
except OverflowError as e:
    print(type(e).__name__, e)
try:
    print(10 ** 400 * 1.0)
except OverflowError as e:
    print(type(e).__name__, e)
try:
    print(2.0 ** 10000)
except OverflowError as e:
    print(type(e).__name__, e)
