# float equality pitfalls, tolerance checks, and int/float equivalence in dicts and sets
import math
print(0.1 + 0.2 == 0.3, abs((0.1 + 0.2) - 0.3) < 1e-9, math.isclose(0.1 + 0.2, 0.3))
print(math.isclose(1.0, 1.001), math.isclose(1.0, 1.001, rel_tol=0.01), math.isclose(0.0, 1e-10), math.isclose(0.0, 1e-10, abs_tol=1e-9))
print(1 == 1.0, hash(1) == hash(1.0), 0.0 == -0.0, hash(0.0) == hash(-0.0), 1.5 == 3 / 2)
print(hash(1.5), hash(-0.5), hash(0.1), hash(2.0), hash(1e100))
d = {1: "int one"}
d[1.0] = "float one"
print(d, 1.0 in {1, 2}, {1.0, 1, True}, {2.0: "a"}[2])
print(0.1 * 3, 0.1 * 3 == 0.3, 0.5 * 3 == 1.5, 1.1 + 2.2, 3.3 - 1.1)
print(1e16 + 1 == 1e16, 1e16 + 2, 0.1 + 0.7, 4.35 * 100, 1.1 * 1.1)
print(sorted([0.3, 0.1 + 0.2, 0.30000000000000004, 0.29999999999999998]))
print(min(0.0, -0.0), max(-0.0, 0.0), 3 < 3.0000000000000001, 3 < 3.000000000000001)
