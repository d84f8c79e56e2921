# functions returning functions, composition and partial application by closure
def compose(f, g):
    return lambda x: f(g(x))
inc = lambda x: x + 1
dbl = lambda x: x * 2
print(compose(inc, dbl)(5), compose(dbl, inc)(5))
def multiplier(n):
    def mul(x):
        return x * n
    return mul
times3 = multiplier(3)
times5 = multiplier(5)
print(times3(10), times5(10), times3.__name__)
def apply_all(fns, value):
    for fn in fns:
        value = fn(value)
    return value
print(apply_all([inc, dbl, inc, str], 4))
def partial(fn, *fixed):
    return lambda *rest: fn(*fixed, *rest)
pow2 = partial(pow, 2)
print(pow2(10), partial(max, 7)(3, 9))
print(sorted(["b", "A", "c"], key=str.lower), list(map(str.upper, "ab")))
