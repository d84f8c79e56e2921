# bitwise and, or, xor, not and shifts, including negative numbers
a, b = 12, 10
print(a & b, a | b, a ^ b, ~a, a << 2, a >> 2)
print(bin(a & b), bin(a | b), bin(a ^ b))
print(-5 & 3, -5 | 3, -5 ^ 3, ~-5, -8 >> 1, -1 >> 10, -9 >> 2)
print(1 << 100, (1 << 100) >> 99, -1 << 4)
print(0xFF & 0x0F, 0xF0 | 0x0F, 0b1010 ^ 0b0110)
print(5 & -1, 5 | -1, 2 ** 64 & (2 ** 64 - 1), -(2 ** 70) >> 68)
flags = 0
flags |= 1 << 3
flags |= 1 << 0
print(flags, bool(flags & 8), bool(flags & 4), flags & ~1)
print(True & False, True | False, True ^ True, type(True & True).__name__, 3 & True)
try:
    1 << -1
except ValueError as e:
    print("ValueError:", e)
try:
    1.0 & 1
except TypeError as e:
    print("TypeError:", e)
