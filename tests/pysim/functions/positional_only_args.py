# parameters before / are positional-only
def div(a, b, /):
    return a / b
print(div(6, 3))
try:
    div(a=6, b=3)
except TypeError as e:
    print(e)
try:
    div(6, b=3)
except TypeError as e:
    print(e)
def f(a, /, b, *, c):
    return a, b, c
print(f(1, 2, c=3), f(1, b=2, c=3))
try:
    f(1, 2, 3)
except TypeError as e:
    print(e)
def g(x, /, **kw):
    return x, kw
print(g(1, x=2))
def h(a, b=5, /):
    return a + b
print(h(1), h(1, 2))
