# == and != with ints (exact, even huge ones), floats and complex; no ordering
print(complex(1, 0) == 1, 1 == complex(1, 0), 1.0 == complex(1, 0), complex(1, 0) != 1.0)
print((1 + 2j) == (1 + 2j), (1 + 2j) == (1 - 2j), (1 + 2j) == "x", 1j != None, 1j == 1)
print(complex(2 ** 53) == 2 ** 53 + 1, complex(2 ** 53) == 2 ** 53, 1j == 10 ** 400, complex(1e300) == 10 ** 300)
print(complex(float("nan")) == complex(float("nan")), 0j == -0j, 0j == 0, 0j == False, complex(1, 0) == True)
z = complex(float("nan"), 0)
print(z == z, z is z, [z] == [z], 1j in [1, 1j], (1 + 0j) in {1: "a"}, {1: "a"}[1 + 0j])
for f in [lambda: 1j < 2j, lambda: 1j < 2, lambda: 1j >= 2.0, lambda: 2 > 1j, lambda: sorted([1j, 2j]),
          lambda: max(1j, 2j)]:
    try:
        print(f())
    except TypeError as e:
        print("TypeError:", e)
