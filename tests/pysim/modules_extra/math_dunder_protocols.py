# math and the number protocols: __float__, __index__, __floor__/__ceil__/__trunc__, subclasses of int and float
import math

class Meters:
    def __init__(self, v): self.v = v
    def __float__(self): return float(self.v)

class Count:
    def __index__(self): return 6

class Rounder:
    def __floor__(self): return "custom floor"
    def __ceil__(self): return "custom ceil"
    def __trunc__(self): return "custom trunc"

class MyFloat(float):
    pass

class MyInt(int):
    def __float__(self): return 0.5

def show(label, f):
    try:
        r = f()
        print(label, type(r).__name__, repr(r))
    except (TypeError, ValueError) as e:
        print(label, type(e).__name__, e)

show("sqrt(Meters(16))", lambda: math.sqrt(Meters(16)))
show("floor(Meters(2.5))", lambda: math.floor(Meters(2.5)))
show("ceil(Meters(2.5))", lambda: math.ceil(Meters(2.5)))
show("trunc(Meters(2.5))", lambda: math.trunc(Meters(2.5)))
show("hypot(Meters(3), Count())", lambda: math.hypot(Meters(3), Count()))
show("sqrt(Count())", lambda: math.sqrt(Count()))
show("factorial(Count())", lambda: math.factorial(Count()))
show("comb(Count(), 2)", lambda: math.comb(Count(), 2))
show("gcd(Count(), 9)", lambda: math.gcd(Count(), 9))
show("isqrt(Count())", lambda: math.isqrt(Count()))
show("factorial(Meters(3))", lambda: math.factorial(Meters(3)))
show("floor(Rounder())", lambda: math.floor(Rounder()))
show("ceil(Rounder())", lambda: math.ceil(Rounder()))
show("trunc(Rounder())", lambda: math.trunc(Rounder()))
show("floor(MyFloat(-2.5))", lambda: math.floor(MyFloat(-2.5)))
show("sqrt(MyFloat(2.25))", lambda: math.sqrt(MyFloat(2.25)))
show("floor(MyInt(7))", lambda: math.floor(MyInt(7)))
show("sqrt(MyInt(4))", lambda: math.sqrt(MyInt(4)))
show("log(MyInt(100), 10)", lambda: math.log(MyInt(100), 10))
show("gcd(MyInt(12))", lambda: math.gcd(MyInt(12)))
show("floor(True)", lambda: math.floor(True))
show("floor(10**30)", lambda: math.floor(10 ** 30))
show("ceil(-7)", lambda: math.ceil(-7))
show("trunc(2**70)", lambda: math.trunc(2 ** 70))
show("fsum([Meters(1), Count(), 0.5])", lambda: math.fsum([Meters(1), Count(), 0.5]))
show("prod([Meters(2), 3])", lambda: math.prod([Meters(2), 3]))
show("isfinite(Count())", lambda: math.isfinite(Count()))
n = 10 ** 20
print(math.floor(n) is n, math.ceil(n) is n, math.trunc(n) is n)
