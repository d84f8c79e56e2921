# + - * / between complex, int, float and bool operands (both orders)
a, b = 3 + 4j, 1 - 2j
print(a + b, a - b, a * b, a / b, b / a)
print(a + 1, 1 + a, a - 1, 1 - a, a * 2, 2 * a, a / 2, 2 / a)
print(a + 0.5, 0.5 + a, a - 0.5, 0.5 - a, a * 0.5, 0.5 * a, a / 0.5, 0.5 / a)
print(a + True, True * a, -a, +a, -(-a))
print((0.1 + 0.2j) * (0.3 - 0.4j), (1e308 + 1e308j) * 10, (1e-320 + 1j) * 1e-10)
print(1j * 1j, 1j ** 2, (1 + 1j) * (1 - 1j), sum([1j, 2, 0.5]), sum([1 + 1j] * 10))
print(2 ** 53 + 1j, (2 ** 53 + 1) * 1j, 10 ** 20 + 0j)
x = 1 + 1j
x += 2
x *= 1j
x -= 0.5
x /= 2
print(x)
try:
    print(1j * 10 ** 400)
except OverflowError as e:
    print("OverflowError:", e)
try:
    print(10 ** 400 + 1j)
except OverflowError as e:
    print("OverflowError:", e)
