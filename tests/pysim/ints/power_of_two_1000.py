# powers and huge literals: 2**1000, negative bases, zero powers, pow()
x = 2 ** 1000
print(x)
print(len(str(x)), str(x)[:10], str(x)[-10:])
print(2 ** 64, 2 ** 64 - 1, -(2 ** 63))
print((-2) ** 3, (-2) ** 4, -2 ** 4)
print(0 ** 0, 1 ** 1000, (-1) ** 1001)
print(2 ** -1, 10 ** -3, type(2 ** -1).__name__)
print(pow(3, 40), 3 ** 40 == pow(3, 40))
y = 123456789 ** 5
print(y, y.bit_length())
print(x // 2 ** 998, x >> 999)
print(10 ** 30 + 1 - 10 ** 30)
print(-x < 0 < x, abs(-x) == x)
