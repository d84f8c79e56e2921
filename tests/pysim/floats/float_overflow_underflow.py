# overflow to inf in multiplication, OverflowError in powers, gradual underflow
print(1e308 * 10, -1e308 * 10, 1e308 + 1e308, 1.7976931348623157e308 * 1.0000001)
print(1e-320, 5e-324 / 2, 5e-324 * 0.6, 2.2250738585072014e-308 / 2, 1e-323 == 1e-323)
for f in (lambda: 2.0 ** 1024, lambda: 10.0 ** 400, lambda: (-10.0) ** 401, lambda: 1e200 ** 2):
    try:
        print(f())
    except OverflowError as e:
        print(type(e).__name__, e)
print(2.0 ** 1023, 2.0 ** -1074, 2.0 ** -1075, 2 ** -1074 == 5e-324)
import math
try:
    print(math.exp(1000))
except OverflowError as e:
    print(type(e).__name__, e)
print(math.exp(-1000), math.ldexp(1.0, 1023), math.ldexp(1.0, -1080))
