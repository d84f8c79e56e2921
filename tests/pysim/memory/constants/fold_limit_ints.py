# int powers and shifts are folded only while the result stays within about 128 bits
print(2 ** 64 is 2 ** 64, 2 ** 65 is 2 ** 65)
print(10 ** 20 is 10 ** 20, 10 ** 40 is 10 ** 40)
print(1 << 127 is 1 << 127, 1 << 128 is 1 << 128)
print(2 ** 128 is 2 ** 128, 2 ** 200 is 2 ** 200)
print(3 ** 80 is 3 ** 80, 3 ** 81 is 3 ** 81)
a = 10 ** 40
b = 10 ** 40
print(a == b, a is b)
