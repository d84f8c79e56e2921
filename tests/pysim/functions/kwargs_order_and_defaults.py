# **kwargs keeps the call's keyword order; defaults and None sentinels
def record(**fields):
    return list(fields.items())
print(record(z=1, a=2, m=3))
print(record(**{"b": 1}, a=2))
def opts(a, b=2, *args, c, d=4, **kw):
    return {"a": a, "b": b, "args": args, "c": c, "d": d, "kw": kw}
print(opts(1, c=3))
print(opts(1, 2, 3, 4, c=5, e=6, d=7))
def f(x, y=[], z={}):
    return x, y is f.__defaults__[0], z is f.__defaults__[1]
print(f(1))
print(f.__defaults__, f.__kwdefaults__, opts.__kwdefaults__)
def g(**kw):
    kw["added"] = True
    return kw
base = {"x": 1}
print(g(**base), base)
