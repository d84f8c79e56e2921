# complex() from numbers: real and imag parts, keywords, complex arguments
print(complex(), complex(1), complex(1, 2), complex(1.5, -0.0), complex(-2.5))
print(complex(real=1, imag=2), complex(imag=2), complex(1, imag=2), complex(imag=3, real=2))
print(complex(True, False), complex(False, True), complex(2 ** 53 + 1), complex(10 ** 20, -(10 ** 15)))
print(complex(1j, 1j), complex(1 + 2j, 3 + 4j), complex(1 + 2j), complex(1, 1j), complex(1j))
z = 3 + 4j
print(complex(z) is z, complex(z, 0) is z, complex(z, 0) == z, complex(imag=z))
print(complex(0.1, 0.2) == 0.1 + 0.2j, complex(-0.0, -0.0), complex(float("inf"), 0))
