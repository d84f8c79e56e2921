# integer literals in every base, with underscores, and thousands separators
print(1_000_000, 0x_FF, 0b1010_1010, 0o7_7_7, 0XAB, 0B11, 0O10)
print(123_456_789_012_345_678_901_234_567_890)
print(f"{1234567:,}", f"{1234567:_}", f"{-1234567:,}", format(10 ** 12, ","))
print(f"{1234567:>15,}|", f"{1234567:015,}", f"{0:,}")
print(0, -0, +7, - -7, 000, 00)
n = 9_999
n += 1
print(n, n == 10000, str(n), repr(n))
