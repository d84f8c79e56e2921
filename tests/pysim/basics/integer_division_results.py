# arithmetic result types: int, float and bool mixing
print(7 + 2, 7 - 2, 7 * 2, 7 / 2, 7 // 2, 7 % 2, 7 ** 2)
print(7.0 + 2, 7 // 2.0, 7 % 2.0, 2 ** 0.5, 4 ** 0.5)
print(True + True, True * 10, False - 1, True / 2)
print(6 / 3, type(6 / 3).__name__, 6 // 3, type(6 // 3).__name__)
print(2 ** -1, 10 ** 0, 0 ** 0, 1.5 * 2, 3 * 0.1)
print(abs(-3), abs(-3.5), -(-4), +7, -0.0, 0.0 == -0.0)
print(round(7 / 3, 3), int(7 / 3), int(-7 / 3), -7 // 3)
