# + and * build new tuples; += rebinds the name to a new tuple
t = (1, 2)
alias = t
t += (3,)
print(t, alias, t is alias)
t = t * 2
print(t, (0,) * 0, () + (), t[2:4] + t[:1])
for bad in (lambda: (1,) + [2], lambda: (1,) + 2, lambda: [1] + (2,), lambda: (1,) * (2,)):
    try:
        print(bad())
    except TypeError as e:
        print(type(e).__name__, e)
print(tuple([1, 2]) + tuple("ab"), sum([(1,), (2, 3)], ()))
