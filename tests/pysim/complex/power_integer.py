# small integral exponents use repeated squaring (bit-identical to CPython)
print((1 + 1j) ** 10, (0.1 + 0.2j) ** 3, (1 + 1j) ** -3, (1 + 2j) ** 100, (2 + 0j) ** 64)
print((1 + 1j) ** 0, 0j ** 0, (3 - 4j) ** 1, (3 - 4j) ** 2, (3 - 4j) ** -1, (3 - 4j) ** 2.0)
print((0.5 - 0.25j) ** 7, (1.0001 + 0j) ** 100, 1j ** 3, 1j ** 4, 1j ** -1, (-1j) ** 5)
print((1e200 + 1e200j) ** 2, (1e-200 + 1e-200j) ** 3, (1 + 1j) ** True)
print(2 ** (2 + 0j), 2.5 ** (3 + 0j), pow(1 + 1j, 5), pow(1 + 1j, -2, None))
z = 1 + 1j
z **= 4
print(z)
