a, b = 0b1100, 0b1010
print(a & b, a | b, a ^ b, ~a, a << 2, a >> 2)
x = 5
x &= 3
x |= 8
x ^= 1
x <<= 1
x >>= 2
print(x)
