# args: --repl
# constants inside one def are shared with each other but not with other statements
def f():
    return 1000

f() is f()
x = 1000
f() is x
def g():
    a = 5000
    b = 5000
    return a is b

g()
h = lambda: (1000, 2000)
h() is h()
h()[0] is f()
