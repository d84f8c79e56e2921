# mixing ints and floats: result types, exactness, and str/repr of the results
a, b = 7, 2.0
print(a + b, a - b, a * b, a / b, a // b, a % b, a ** b, -a / b)
print(type(a + b).__name__, type(a * 1).__name__, type(3 / 1).__name__, type(2 ** 2.0).__name__)
print(4 ** 0.5, 8 ** (1 / 3), 2 ** 0.5 * 2 ** 0.5, 10 ** -2, 2 ** -2.0)
print(int(7 / 2), 7 // 2, float(7 // 2), round(7 / 2), 7 / 2 == 3.5)
print(1 / 3 * 3, 2 / 3 + 1 / 3, 100 * 1.1, 3 * 0.1, 0.1 + 0.2 - 0.3)
print(str(1.0), repr(10.0), str(-2.50), 1.0 * 3, 3.0 == 3, 1e3 == 1000)
total = 0
for price in [3, 4.5, 2]:
    total += price
print(total, type(total).__name__, total / 3)
print(max(1, 1.0), max(1.0, 1), min(2, 2.0), sorted([2, 1.5, 1, 2.0, 0.5]))
