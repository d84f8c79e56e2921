# int.bit_length, int.bit_count, as_integer_ratio and the numerator attributes
for n in (0, 1, 2, 255, 256, -256, -257, 2 ** 100, -(2 ** 100)):
    print(n, n.bit_length(), n.bit_count())
print((255).bit_count(), (-1).bit_count(), True.bit_length())
print((7).as_integer_ratio(), (-7).numerator, (7).denominator, (7).real, (7).imag)
print((10).conjugate(), int.bit_length(1024))
x = 12345
print(x.bit_length() == len(bin(x)) - 2)
