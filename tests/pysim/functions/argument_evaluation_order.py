# arguments are evaluated left to right before the call; defaults at def time
def v(x):
    print("eval", x)
    return x
def f(a, b, c=None, **kw):
    print("in f", a, b, c, kw)
f(v(1), v(2), c=v(3), d=v(4))
def g():
    print("g called")
    return [v("item")]
def h(x=v("default at def time")):
    return x
print("calling h")
print(h())
print([v("l1"), v("l2")][v(0)])
d = {v("k1"): v("v1"), v("k2"): v("v2")}
print(d)
v(v(5) + v(6))
