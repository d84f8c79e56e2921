# comparisons between int, float and bool; equality across numeric types
print(1 == 1.0, 1 == True, 0 == False, 2 == True, 1.0 == True)
print(1 < 1.5 < 2, True < 2, False < True, -0.0 == 0, 0.1 + 0.2 > 0.3)
print(10 ** 20 == 1e20, 2 ** 53 + 1 == float(2 ** 53 + 1), 2 ** 53 + 1 > 2 ** 53)
print(True + True == 2, True * 1.5, {1: "a"}[True], [10, 20][True])
nan = float("nan")
inf = float("inf")
print(nan == nan, nan != nan, nan < 1, nan > 1, inf > 10 ** 308, -inf < -10 ** 308)
print(inf == inf, inf - inf != inf - inf, max(1, 2.0), min(0, False), max(True, 1))
one = 1
print(one is True, one == True, isinstance(True, int), 3 != 3.0)
print(sorted([3, 1.5, True, 0, -2.5]))
