# exact integer functions: factorial, comb, perm, gcd, lcm, isqrt with big values and their errors
import math

def show(label, f):
    try:
        r = f()
        print(label, r if len(str(r)) < 80 else f"<{len(str(r))} digits, ends {str(r)[-12:]}>")
    except (ValueError, TypeError, OverflowError) as e:
        print(label, type(e).__name__, e)

for n in [0, 1, 5, 20, 21, 25, 50, 100, 500]:
    show(f"factorial({n})", lambda: math.factorial(n))
show("factorial(-1)", lambda: math.factorial(-1))
show("factorial(2**63)", lambda: math.factorial(2 ** 63))
show("factorial(-2**70)", lambda: math.factorial(-2 ** 70))
show("factorial(5.0)", lambda: math.factorial(5.0))
show("factorial('5')", lambda: math.factorial("5"))
show("factorial(True)", lambda: math.factorial(True))
for n, k in [(10, 3), (52, 5), (67, 33), (68, 34), (100, 50), (1000, 3), (3, 10), (0, 0), (10**20, 2), (10**30, 10**30 - 2)]:
    show(f"comb({n}, {k})", lambda: math.comb(n, k))
    show(f"perm({n}, {min(k, 40)})", lambda: math.perm(n, min(k, 40)))
show("perm(7)", lambda: math.perm(7))
show("perm(7, None)", lambda: math.perm(7, None))
show("comb(-1, 2)", lambda: math.comb(-1, 2))
show("comb(5, -2)", lambda: math.comb(5, -2))
show("perm(5, -2)", lambda: math.perm(5, -2))
show("comb(5.0, 2)", lambda: math.comb(5.0, 2))
show("comb(10**30, 10**29)", lambda: math.comb(10 ** 30, 10 ** 29))
show("perm(10**30, 10**20)", lambda: math.perm(10 ** 30, 10 ** 20))
big = 10 ** 25
print(math.comb(big, 1) is big, math.perm(big, 1) is big, math.comb(big, big - 1) is big, math.comb(big, 0))
show("gcd()", lambda: math.gcd())
show("gcd(-12)", lambda: math.gcd(-12))
show("gcd(12, 18, 27)", lambda: math.gcd(12, 18, 27))
show("gcd(0, 0)", lambda: math.gcd(0, 0))
show("gcd(2**100, 6**50)", lambda: math.gcd(2 ** 100, 6 ** 50))
show("gcd(-2**70 * 15, 2**65 * 21)", lambda: math.gcd(-2 ** 70 * 15, 2 ** 65 * 21))
show("gcd(1, 'x')", lambda: math.gcd(1, "x"))
show("gcd(2, 4.0)", lambda: math.gcd(2, 4.0))
show("lcm()", lambda: math.lcm())
show("lcm(-4)", lambda: math.lcm(-4))
show("lcm(4, 6, 10)", lambda: math.lcm(4, 6, 10))
show("lcm(0, 'x')", lambda: math.lcm(0, "x"))
show("lcm(2**64, 3**40, -5)", lambda: math.lcm(2 ** 64, 3 ** 40, -5))
for n in [0, 1, 2, 3, 4, 99, 100, 2**52 + 1, 2**64 - 1, 2**64, 10**40, 10**40 - 1, (10**30 + 7) ** 2]:
    show(f"isqrt({n})", lambda: math.isqrt(n))
show("isqrt(-1)", lambda: math.isqrt(-1))
show("isqrt(4.0)", lambda: math.isqrt(4.0))
show("isqrt(True)", lambda: math.isqrt(True))
print(type(math.factorial(3)).__name__, math.factorial(20) == 2432902008176640000, len(str(math.factorial(1000))))
