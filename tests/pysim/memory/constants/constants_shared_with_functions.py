# constants in function bodies, lambdas, defaults and class bodies merge with the module's
big = 5000
def f():
    return 5000
g = lambda: 5000
def h(p=5000):
    return p
class C:
    attr = 5000
    def m(self):
        return 5000
print(f() is big, g() is big, h() is big, C.attr is big, C().m() is big)
def outer():
    def inner():
        return "shared text!"
    return inner
text = "shared text!"
print(outer()() is text)
print(f() is f(), (lambda: (1, 2, 3))() is (1, 2, 3)[:])
