# imaginary literals and the repr of complex numbers: no ".0", parentheses
# only when the real part is not +0.0, signed zeros, infinities and nans
print(2j, 1.5j, 1e2J, 0j, 1_000j, 0.000001j, 1e-7j, 1e300j, 1e400j)
print(repr(1 + 2j), str(1 - 2j), 3 + 0j, -1j, -0j, 0 - 0j, -(0j))
print(complex(-0.0, 0.0), complex(-0.0, -0.0), complex(0.0, -0.0), complex(0.0, 0.0))
print(complex(1e16, 1e-5), complex(123456789012345678, 1.5), complex(1e22, 1e22))
nan, inf = float("nan"), float("inf")
print(complex(nan, inf), complex(-nan, -nan), complex(inf, -inf), complex(1, nan), complex(0, nan))
print(complex(0.1, 0.2), complex(-1.5, 2), complex(1 / 3, 2 / 3), complex(2 ** 0.5, -(3 ** 0.5)))
print([1j, 2 + 3j], (1j,), {"z": -1j}, {1j})
print(type(1j), type(1j).__name__, complex, 1j.__class__ is complex)
