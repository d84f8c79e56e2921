# / always returns a float, even for exact results and big ints
print(6 / 3, 7 / 2, -7 / 2, 1 / 3, 2 / 3, 0 / 5, -0 / 5)
print(10 ** 20 / 10 ** 10, 10 ** 30 / 3, 1 / 10 ** 20)
print(type(4 / 2).__name__, 4 / 2 == 2, type(4 // 2).__name__)
print(0.1 * 3, 0.1 + 0.2 == 0.3, abs(0.1 + 0.2 - 0.3) < 1e-9)
print(1e308 * 10, -1e308 * 10, 1e-320 / 1e10)
print(7 / 7.0, 22 / 7, 355 / 113)
print(3 / 4 * 4, 3 * 4 / 4, 2 ** 53 / 1 + 1)
