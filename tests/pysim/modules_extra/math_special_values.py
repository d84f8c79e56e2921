# math functions at inf, nan, signed zeros and domain edges: values, ValueError and OverflowError
import math

def show(label, f):
    try:
        print(label, repr(f()))
    except (ValueError, OverflowError, ZeroDivisionError) as e:
        print(label, type(e).__name__, e)

inf, nan = math.inf, math.nan
for name in ["sqrt", "exp", "expm1", "log", "log1p", "log2", "log10", "sin", "cos", "tan", "asin", "acos", "atan",
             "sinh", "cosh", "tanh", "asinh", "acosh", "atanh", "cbrt", "exp2", "fabs", "erf", "erfc", "gamma", "lgamma"]:
    f = getattr(math, name)
    for x in [0.0, -0.0, 1.0, -1.0, inf, -inf, nan, 1000, -1000]:
        show(f"{name}({x!r})", lambda: f(x))
show("atan2(0.0, -0.0)", lambda: math.atan2(0.0, -0.0))
show("atan2(-0.0, -1)", lambda: math.atan2(-0.0, -1))
show("atan2(inf, -inf)", lambda: math.atan2(inf, -inf))
show("copysign(1, -0.0)", lambda: math.copysign(1, -0.0))
show("copysign(inf, -2)", lambda: math.copysign(inf, -2))
show("fmod(5.5, inf)", lambda: math.fmod(5.5, inf))
show("fmod(inf, 2)", lambda: math.fmod(inf, 2))
show("fmod(-7, 3)", lambda: math.fmod(-7, 3))
show("remainder(5, 2)", lambda: math.remainder(5, 2))
show("remainder(7, 2)", lambda: math.remainder(7, 2))
show("remainder(-7.5, 2)", lambda: math.remainder(-7.5, 2))
show("remainder(1, 0)", lambda: math.remainder(1, 0))
show("pow(0.0, -1)", lambda: math.pow(0.0, -1))
show("pow(-0.0, -3)", lambda: math.pow(-0.0, -3))
show("pow(nan, 0)", lambda: math.pow(nan, 0))
show("pow(1, nan)", lambda: math.pow(1, nan))
show("pow(-inf, 3)", lambda: math.pow(-inf, 3))
show("pow(-inf, -3)", lambda: math.pow(-inf, -3))
show("pow(0.5, -inf)", lambda: math.pow(0.5, -inf))
show("pow(-2, 0.5)", lambda: math.pow(-2, 0.5))
show("pow(2, 1024)", lambda: math.pow(2, 1024))
show("pow(-1, inf)", lambda: math.pow(-1, inf))
show("ldexp(1.5, 1024)", lambda: math.ldexp(1.5, 1024))
show("ldexp(1.5, -1080)", lambda: math.ldexp(1.5, -1080))
show("ldexp(-3.0, 10**40)", lambda: math.ldexp(-3.0, 10**40))
show("ldexp(-3.0, -10**40)", lambda: math.ldexp(-3.0, -10**40))
show("frexp(-inf)", lambda: math.frexp(-inf))
show("frexp(5e-324)", lambda: math.frexp(5e-324))
show("modf(-inf)", lambda: math.modf(-inf))
show("modf(-0.0)", lambda: math.modf(-0.0))
show("modf(nan)", lambda: math.modf(nan))
show("floor(-0.5)", lambda: math.floor(-0.5))
show("ceil(-0.5)", lambda: math.ceil(-0.5))
show("trunc(-inf)", lambda: math.trunc(-inf))
show("floor(nan)", lambda: math.floor(nan))
show("floor(1e300)", lambda: math.floor(1e300))
show("isclose(inf, inf)", lambda: math.isclose(inf, inf))
show("isclose(inf, -inf)", lambda: math.isclose(inf, -inf))
show("isclose(nan, nan)", lambda: math.isclose(nan, nan))
show("isclose(1, 1 + 1e-10)", lambda: math.isclose(1, 1 + 1e-10))
show("isclose(0, 1e-10)", lambda: math.isclose(0, 1e-10))
show("isclose(0, 1e-10, abs_tol=1e-9)", lambda: math.isclose(0, 1e-10, abs_tol=1e-9))
show("isclose(1, 2, rel_tol=-1)", lambda: math.isclose(1, 2, rel_tol=-1))
print(math.nan != math.nan, math.inf == float("inf"), -math.nan, math.e ** 2 == math.exp(2), math.tau == 2 * math.pi)
