# hash(z): the real part's hash plus 1000003 times the imaginary part's
print(hash(1 + 2j), hash(complex(1.5, -0.0)), hash(3 + 0j) == hash(3), hash(3 + 0j) == hash(3.0))
print(hash(complex(-1, 0)), hash(1j), hash(-1j), hash(complex(0.5, 0.25)), hash(complex(1e300, -1e300)))
print(hash(complex(float("inf"), float("-inf"))), hash(0j), hash(-0j), hash(complex(2 ** 61, 1)))
z = complex(float("nan"), 1)
print(hash(z) == hash(z), {1 + 0j: "a", 1: "b", 1.0: "c"}, {1j, 1j + 0, complex(0, 1)})
print(len({hash(complex(i, j)) for i in range(-3, 4) for j in range(-3, 4)}))
