# When every default is a constant, 3.12's compiler folds them into one
# constant tuple: __defaults__ is that constant, shared by every function
# made from the same def (and by an equal tuple literal), and the defaults
# themselves are no constants of their own.
import sys
def g(x, opts=(1, 2)):
    return opts
print(sys.getrefcount(g.__defaults__[0]), sys.getrefcount(g.__defaults__))
def h(x, a=1000.5, b='hello world!'):
    pass
print(sys.getrefcount(h.__defaults__[0]), sys.getrefcount(h.__defaults__[1]), sys.getrefcount(h.__defaults__))
def k(x=(1, 2), y=2000.5):
    pass
def m(x=(1, 2), y=2000.5):
    pass
print(k.__defaults__ is m.__defaults__, sys.getrefcount(k.__defaults__))
T = ((1, 2), 2000.5)
print(T is k.__defaults__, sys.getrefcount(T))
def make():
    def inner(a=5, b=None):
        return a
    return inner
print(make().__defaults__ is make().__defaults__)
n = 7
def var(a=n, b=1):
    pass
print(sys.getrefcount(var.__defaults__))
lam = lambda q=(3, 4): q
print(sys.getrefcount(lam.__defaults__), sys.getrefcount(lam()))
def kw(*, opt=(5, 6)):
    pass
print(sys.getrefcount(kw.__kwdefaults__['opt']))
