def f(a, b=2, *args, c, d=4, **kwargs):
    return a, b, args, c, d, kwargs
print(f(1, c=3))
print(f(1, 2, 3, 4, c=5, e=6))
def g(x, y, /, z, *, w):
    return x + y + z + w
print(g(1, 2, 3, w=4), g(1, 2, z=3, w=4))
def h(a=1, /, b=2, *, c=3):
    return a, b, c
print(h(), h(5, b=6, c=7))
