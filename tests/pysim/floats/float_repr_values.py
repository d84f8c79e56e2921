# shortest round-trip repr of many floats, and where exponent notation starts
values = [0.1, 0.1 + 0.2, 1 / 3, 2 / 3, 1 / 7, 3 * 1.1, 2.0 ** 0.5, 100.0, 1e15, 1e16,
          1e-4, 1e-5, 0.00012, 123456789.0, 1e22, 1e100, 1.5e300 * 1e10, -0.0, 5e-324,
          1.7976931348623157e308, 2.5e-8, 12345678901234567.0, 0.1 * 0.1, 9.95, 1.0e0]
for v in values:
    print(repr(v), str(v))
print(1e16 - 1, 2.0 ** 53, 2.0 ** 53 + 1, 2.0 ** 63, float(2 ** 64))
print([0.5, 0.25, 1e-7], (1.0,), {1.5: 2.5})
print(.5, 5., 1_000.000_1, 0e0, 1E3, -1.5e-3)
print(float(7), float("1e500"), float("-1e500"), float("1e-500"))
