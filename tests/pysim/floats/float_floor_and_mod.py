# floor division and modulo on floats take the sign of the divisor
for a, b in ((7.5, 2), (-7.5, 2), (7.5, -2), (-7.5, -2), (5, 0.3), (1, 0.1), (-1e-20, 1.0)):
    print(a, b, a // b, a % b, divmod(a, b))
import math
print(math.fmod(-7.5, 2), math.fmod(7.5, -2), -7.5 % 2)
print(6.0 // 2, 6 // 2.0, 7.0 // 2.5, 7.0 % 2.5, -0.0 // 1, 0.0 % -1)
print(math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.5), int(-2.5), round(-2.5))
print(math.floor(2.9999999999999996), math.floor(2.99999999999999999))
