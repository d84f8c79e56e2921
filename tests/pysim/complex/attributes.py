# real, imag, conjugate(), bool(), abs(), __getnewargs__
z = 3 - 4j
print(z.real, z.imag, z.conjugate(), type(z.real).__name__, 1j.real, (2 + 0j).imag)
print(abs(z), abs(1j), abs(-2.5 + 0j), abs(complex(1e-320, 1e-320)), abs(complex(3e200, 4e200)))
inf, nan = float("inf"), float("nan")
print(abs(complex(inf, nan)), abs(complex(nan, -inf)), abs(complex(nan, 1)))
print(bool(0j), bool(-0.0 - 0j), bool(1e-300j), bool(complex(nan, 0)), not 1j)
print(z.__getnewargs__(), (1j).__getnewargs__(), z.conjugate().conjugate() == z)
try:
    abs(complex(1e308, 1e308))
except OverflowError as e:
    print("OverflowError:", e)
for f in [lambda: setattr(z, "real", 1.0), lambda: z.foo, lambda: complex.real.__get__(1.5)]:
    try:
        f()
    except (AttributeError, TypeError) as e:
        print(type(e).__name__)
