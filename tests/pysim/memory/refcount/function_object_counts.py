# a function object is held by its global name; aliases, lists and decorators add references
import sys
def f():
    pass
print(sys.getrefcount(f))
g = f
print(sys.getrefcount(f))
handlers = [f, f]
print(sys.getrefcount(f))
def deco(fn):
    return fn
@deco
def h():
    pass
print(sys.getrefcount(h))
def wrap(fn):
    def inner():
        return fn()
    return inner
@wrap
def k():
    pass
print(sys.getrefcount(k), sys.getrefcount(k.__closure__[0].cell_contents))
