# math domain and type errors, the last one uncaught inside a function
import math
cases = [lambda: math.sqrt(-1), lambda: math.log(0), lambda: math.log(-1), lambda: math.factorial(-1),
         lambda: math.factorial(2.5), lambda: math.acos(2), lambda: math.isqrt(-1), lambda: math.sqrt("4"),
         lambda: math.comb(-1, 2), lambda: math.exp(1000), lambda: math.gcd(1.5, 2), lambda: math.floor("x")]
for f in cases:
    try:
        print(f())
    except (ValueError, TypeError, OverflowError) as e:
        print(type(e).__name__, e)

def hypotenuse(a, b):
    return math.sqrt(a * a - b * b)

print(hypotenuse(5, 3))
print(hypotenuse(3, 5))
