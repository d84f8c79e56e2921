# results of mixed int/float/bool arithmetic and their types
vals = [3 + 2.0, 3 * True, 7 - False, 5 // 2.0, 5 % 2.0, 2 ** 2.0, True / 2, 10 / 5]
print(vals)
print([type(v).__name__ for v in vals])
print(0.1 + 0.2, 0.1 * 3, 1.1 * 3, 2.675 * 100, 1 - 0.9)
print(1e16 + 1, 1e16 + 2, float(2 ** 53) + 1)
print(int(3.9), int(-3.9), round(3.5), round(4.5), round(-0.5), round(3.14159, 2))
print(3 == 3.0, hash(3) == hash(3.0), 0.5 == 1 / 2, float(1 / 3) * 3 == 1)
print(abs(-0.0), -0.0 + 0, 0.0 * -1, 1 / 3 + 1 / 3 + 1 / 3)
print(2 ** 0.5 * 2 ** 0.5, (2 ** 0.5) ** 2 == 2, 100 * 1.1)
