# float methods: is_integer, as_integer_ratio, hex, fromhex, conjugate, real/imag
for x in (2.0, 2.5, -0.0, 1e20, 0.1):
    print(x, x.is_integer(), x.as_integer_ratio(), x.hex())
print(float.fromhex("0x1.8p1"), float.fromhex("0x10"), float.fromhex("-0x1p-2"))
print((3.5).real, (3.5).imag, (3.5).conjugate(), float.is_integer(7.0))
print(float(), float(3), float(-7), float(True), float("  -12.5e1 "), float("1_000.5"))
print(float(".5"), float("5."), float("-.5e-2"), float(2 ** 70))
num, den = (0.75).as_integer_ratio()
print(num / den, num, den)
