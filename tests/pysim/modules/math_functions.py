# integer-flavoured math functions: floor, ceil, trunc, factorial, gcd, lcm, isqrt, comb, perm, prod
import math
print(math.floor(2.7), math.floor(-2.7), math.ceil(2.1), math.ceil(-2.1), math.trunc(-2.7), math.floor(5))
print(type(math.floor(2.5)).__name__, math.floor(1e20), math.ceil(10 ** 30 / 7))
print(math.factorial(0), math.factorial(10), math.factorial(25))
print(math.gcd(12, 18), math.gcd(0, 5), math.gcd(-4, 6), math.gcd(), math.gcd(12, 18, 27), math.lcm(4, 6), math.lcm(3, 5, 7))
print(math.isqrt(0), math.isqrt(15), math.isqrt(16), math.isqrt(10 ** 40 + 1), math.sqrt(16), math.sqrt(2))
print(math.comb(5, 2), math.comb(52, 5), math.comb(3, 5), math.perm(5, 2), math.perm(4), math.prod([1, 2, 3, 4]), math.prod([]), math.prod(range(1, 6), start=2))
print(math.fabs(-3), math.copysign(3, -0.0), math.fmod(7, 3), math.remainder(7, 4), math.pow(2, 10), math.hypot(3, 4), math.hypot(1, 2, 2))
print(math.dist((0, 0), (3, 4)), math.sumprod([1, 2], [3, 4]), math.dist([1], [-2]))
