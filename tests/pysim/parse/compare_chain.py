a, b, c = 1, 2, 3
print(a < b < c, a < b > c, a == 1 != b)
print(a is not None, b in [1, 2], c not in (1, 2))
print(1 <= 1 >= 0, "a" < "b" <= "c")
x = None
print(x is None, not x, not not x)
