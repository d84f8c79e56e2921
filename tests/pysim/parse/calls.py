def f(*args, **kwargs):
    return args, kwargs
print(f())
print(f(1, 2, *[3, 4], *(5,), k=1, **{"m": 2}, n=3))
print(f(*"ab", **{}))
print([list(g) for g in f(x for x in range(2))[0]])
print(f(1, (x for x in "y"))[0][1].__name__)
