# a negative real number to a fractional power is a complex number
print((-8) ** (1 / 3), pow(-8, 0.5), (-8.0) ** 0.5, (-1) ** 0.5, (-2.5) ** -1.5)
print(type((-4) ** 0.5).__name__, (-4) ** 0.5 == 2j, pow(-27.0, 1 / 3), (-1e300) ** 0.5)
print((-8) ** 2.0, (-8) ** -1.0, (-0.0) ** 0.5, type((-8) ** 3).__name__)
x = -16
x **= 0.25
print(x)
