# ** with negative bases, negative and fractional exponents, big results
print(2 ** 10, 2 ** 0, 0 ** 0, (-2) ** 3, (-2) ** 4, -2 ** 4)
print(2 ** -2, 10 ** -3, (-2) ** -3, 4 ** 0.5, 8 ** (1 / 3))
print(2 ** 100)
print(type(2 ** 3).__name__, type(2 ** -3).__name__, type(2.0 ** 3).__name__)
print(pow(2, 10), pow(2, 10, 1000), pow(3, -1, 7), pow(-2, 3))
print(1.5 ** 2, 0.5 ** 10, 10.0 ** 20, 10 ** 20, 10.0 ** -5)
x = 3
x **= 3
print(x, 1 ** 1000, (-1) ** 1001, 2 ** 0.0)
print(round(2 ** 0.5, 10), 9 ** 0.5 == 3)
