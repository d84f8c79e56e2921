# the same keyword argument given twice
def f(**kw):
    return kw
print(f(a=1, b=2))
print(f(a=1, a=2))
