# every augmented assignment operator applied to ints, big and small
n = 10
n += 3; print(n)
n -= 1; print(n)
n *= 4; print(n)
n //= 3; print(n)
n %= 7; print(n)
n **= 5; print(n)
n <<= 2; print(n)
n >>= 1; print(n)
n &= 0xFF; print(n)
n |= 0x100; print(n)
n ^= 0x10; print(n)
n /= 4; print(n, type(n).__name__)
big = 1
for _ in range(5):
    big *= 10 ** 10
print(big)
big -= 1
print(big, big % 1000)
