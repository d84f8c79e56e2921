# int() truncates floats toward zero; inf, nan and float strings fail
for x in (3.9, -3.9, 2.5, -0.5, 1e20, 123456789.987, 1e100):
    print(x, int(x))
print(int(True), int(False), int(-0.0))
print(int(2 ** 53 + 1.0), 2 ** 53 + 1)
for bad in (float("inf"), float("-inf"), float("nan"), "3.5", None):
    try:
        print(int(bad))
    except (ValueError, OverflowError, TypeError) as e:
        print(type(e).__name__, e)
print(int(float("3.5")), int("3"), int(" 3 "))
