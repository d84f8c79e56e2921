# transcendental and float helpers of the math module
import math
print(math.sqrt(2), math.exp(1), math.exp(0), math.log(math.e), math.log(8, 2), math.log(100, 10), math.log2(1024), math.log10(0.001))
print(math.log1p(0), math.expm1(0), math.sin(0), math.cos(0), math.sin(math.pi / 2), math.cos(math.pi), math.tan(0))
print(math.sin(math.pi), math.cos(math.pi / 2), math.atan2(1, 1), math.atan(1) * 4, math.asin(1), math.acos(1))
print(math.modf(3.75), math.modf(-2.5), math.frexp(8.0), math.ldexp(0.5, 4), math.fsum([0.1] * 10))
print(math.isclose(math.sin(math.pi), 0, abs_tol=1e-12), math.cbrt(27), math.cbrt(-8), math.sqrt(0.0), math.sqrt(-0.0))
print(round(math.degrees(math.atan2(1, -1)), 6), math.hypot(-3, -4), math.trunc(math.e), math.ceil(math.pi))
