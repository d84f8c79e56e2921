# every augmented assignment operator on ints and floats
x = 17
x += 3; print("+=", x)
x -= 5; print("-=", x)
x *= 4; print("*=", x)
x //= 7; print("//=", x)
x %= 5; print("%=", x)
x **= 3; print("**=", x)
x <<= 2; print("<<=", x)
x >>= 1; print(">>=", x)
x &= 0b1010; print("&=", x)
x |= 0b0101; print("|=", x)
x ^= 0b1111; print("^=", x)
x /= 4; print("/=", x)
f = 2.5
f *= 2; print(f)
f //= 2; print(f)
f %= 0.75; print(f)
f **= 2; print(f)
