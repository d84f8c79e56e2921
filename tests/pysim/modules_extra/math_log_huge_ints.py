# logarithms of ints too large for a float are exact in range; sqrt and exp of them overflow
import math

def show(label, f):
    try:
        print(label, repr(f()))
    except (ValueError, OverflowError, ZeroDivisionError) as e:
        print(label, type(e).__name__, e)

for e in [300, 308, 309, 1000, 4000]:
    n = 10 ** e
    show(f"log10(10**{e})", lambda: math.log10(n))
    show(f"log(10**{e})", lambda: math.log(n))
    show(f"log(10**{e}, 10)", lambda: math.log(n, 10))
    show(f"log2(10**{e})", lambda: math.log2(n))
show("log2(2**5000)", lambda: math.log2(2 ** 5000))
show("log2(2**5000 - 1)", lambda: math.log2(2 ** 5000 - 1))
show("log(3**2000, 3)", lambda: math.log(3 ** 2000, 3))
show("log(7**900 + 1, 7)", lambda: math.log(7 ** 900 + 1, 7))
show("log(-10**400)", lambda: math.log(-10 ** 400))
show("log(0)", lambda: math.log(0))
show("log10(0.0)", lambda: math.log10(0.0))
show("log(10**400, 1)", lambda: math.log(10 ** 400, 1))
show("log(1, 1)", lambda: math.log(1, 1))
show("log(100, 0.1)", lambda: math.log(100, 0.1))
show("sqrt(10**400)", lambda: math.sqrt(10 ** 400))
show("exp(10**400)", lambda: math.exp(10 ** 400))
show("isinf(10**400)", lambda: math.isinf(10 ** 400))
show("sqrt(2**1023 * 2 - 1)", lambda: math.sqrt(2 ** 1024 - 1))
show("sqrt(2**1024 - 2**970)", lambda: math.sqrt(2 ** 1024 - 2 ** 970))
show("log(2**1024 - 2**970)", lambda: math.log(2 ** 1024 - 2 ** 970))
show("log(2**1024 - 2**969)", lambda: math.log(2 ** 1024 - 2 ** 969))
show("log(True)", lambda: math.log(True))
