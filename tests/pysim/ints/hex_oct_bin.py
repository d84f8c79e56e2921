# hex(), oct(), bin() and the x/o/b/X format codes, with prefixes and padding
for n in (0, 5, 255, -255, 4096, 2 ** 70):
    print(n, hex(n), oct(n), bin(n))
print(format(255, "x"), format(255, "X"), format(255, "#x"), format(255, "#X"))
print(format(5, "08b"), format(5, "#010b"), format(-5, "08b"), format(8, "o"), format(8, "#o"))
print(f"{48879:x} {48879:_x} {2 ** 32 - 1:_b}")
print(f"{255:#06x} {255:>8x}| {255:<8x}| {255:^8x}|")
print(int(hex(123456), 16), int(oct(123456), 8), int(bin(123456), 2))
print(hex(0xDEADBEEF), 0o777, 0b1111_0000)
try:
    hex(1.5)
except TypeError as e:
    print(type(e).__name__, e)
