# `in` on lists uses identity first, then ==, so 1 == 1.0 == True all match
xs = [1, "a", None, [2], (3, 4)]
print(1 in xs, 1.0 in xs, True in xs, "A" in xs, None in xs, [2] in xs, (3, 4) in xs, 2 in xs)
print(0 in [False], False in [0], "" in [], 2 not in xs, [2] not in xs)
nan = float("nan")
print(nan in [nan], nan in [float("nan")], [nan].count(nan), [nan].index(nan))
class Always:
    def __eq__(self, other):
        return True
print(Always() in [1, 2], 5 in [Always()], [1, 2].index(Always()), [3, 4].count(Always()))
