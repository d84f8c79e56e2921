# gamma, lgamma, erf, erfc, ulp and nextafter: values as CPython computes them
import math

def show(label, f):
    try:
        print(label, repr(f()))
    except (ValueError, OverflowError) as e:
        print(label, type(e).__name__, e)

for x in [0.5, 1, 1.5, 2.5, 5, 10.1, 23, 24, 30.5, 100.25, 171, 171.7, 172, -0.5, -1.5, -2.000001, -170.5, -190.5, 1e-30, -1e-30]:
    show(f"gamma({x})", lambda: math.gamma(x))
    show(f"lgamma({x})", lambda: math.lgamma(x))
for x in [-3, -0.0, 0, 1e-300, 0.5, 2, 1e308]:
    show(f"lgamma({x!r})", lambda: math.lgamma(x))
for x in [-3, -0.5, 0, 0.1, 0.5, 1, 2, 3, 6, 27, 30]:
    show(f"erf({x})", lambda: math.erf(x))
    show(f"erfc({x})", lambda: math.erfc(x))
for x in [0.0, -0.0, 1.0, -1.0, 2.0 ** 52, 1e-320, 1e308, math.inf, math.nan, 1.7976931348623157e308, 3]:
    show(f"ulp({x!r})", lambda: math.ulp(x))
show("nextafter(1.0, 2.0)", lambda: math.nextafter(1.0, 2.0))
show("nextafter(1.0, 0.0)", lambda: math.nextafter(1.0, 0.0))
show("nextafter(0.0, -1.0)", lambda: math.nextafter(0.0, -1.0))
show("nextafter(-0.0, 1.0)", lambda: math.nextafter(-0.0, 1.0))
show("nextafter(1.0, 1.0)", lambda: math.nextafter(1.0, 1.0))
show("nextafter(1.0, 2.0, steps=0)", lambda: math.nextafter(1.0, 2.0, steps=0))
show("nextafter(1.0, 2.0, steps=3)", lambda: math.nextafter(1.0, 2.0, steps=3))
show("nextafter(1.0, 1.0000000000000007, steps=100)", lambda: math.nextafter(1.0, 1.0000000000000007, steps=100))
show("nextafter(5e-324, -5e-324, steps=1)", lambda: math.nextafter(5e-324, -5e-324, steps=1))
show("nextafter(5e-324, -5e-324, steps=2)", lambda: math.nextafter(5e-324, -5e-324, steps=2))
show("nextafter(5e-324, -1.0, steps=4)", lambda: math.nextafter(5e-324, -1.0, steps=4))
show("nextafter(0.0, inf, steps=2**64)", lambda: math.nextafter(0.0, math.inf, steps=2 ** 64))
show("nextafter(1.5, nan, steps=2)", lambda: math.nextafter(1.5, math.nan, steps=2))
show("nextafter(1.5, 2, steps=-1)", lambda: math.nextafter(1.5, 2, steps=-1))
show("nextafter(1.5, 2, steps=None)", lambda: math.nextafter(1.5, 2, steps=None))
print(math.nextafter(1.0, 2.0) - 1.0 == math.ulp(1.0), math.ulp(1.0) == 2 ** -52)
