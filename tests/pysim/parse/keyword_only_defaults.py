def f(*, a, b=2, c):
    return a, b, c
print(f(a=1, c=3), f(c=0, a=9, b=8))
def g(a, b=1, *, c=2, **rest):
    return a, b, c, rest
print(g(0), g(0, 1, c=5, z=6))
def h(*args, sep=","):
    return sep.join(args)
print(h("a", "b"), h("a", sep=";"))
