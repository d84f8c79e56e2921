# bitwise operators on small, negative and big ints
a, b = 0b1100, 0b1010
print(a & b, a | b, a ^ b, ~a, bin(a & b), bin(a ^ b))
print(1 << 10, 1024 >> 3, -1 >> 5, -16 >> 2, -17 >> 2)
print(~0, ~-1, ~255, -256 & 0xFF, -1 & 0xFFFF)
big = 1 << 200
print(big)
print(big | 1, (big - 1) & 0xFFFF, big >> 190)
print(~big, -big ^ 3)
print(0xFF00FF00FF00FF00FF & 0x0F0F0F0F0F0F0F0F0F)
print((1 << 100) - 1 == 2 ** 100 - 1, (big >> 1000))
print(5 & -1, 5 | -8, 5 ^ -1)
try:
    print(1 << -1)
except ValueError as e:
    print(type(e).__name__, e)
try:
    print(1 >> -3)
except ValueError as e:
    print(type(e).__name__, e)
try:
    print(1.0 & 1)
except TypeError as e:
    print(type(e).__name__, e)
