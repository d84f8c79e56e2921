# parameters after * or *args are keyword-only
def connect(host, *, port=80, secure):
    return f"{host}:{port} secure={secure}"
print(connect("a", secure=True))
print(connect("b", port=443, secure=False))
try:
    connect("c", 8080, True)
except TypeError as e:
    print(e)
try:
    connect("d")
except TypeError as e:
    print(e)
def f(*args, sep):
    return sep.join(args)
print(f("x", "y", sep="-"))
try:
    f("x", "y")
except TypeError as e:
    print(e)
def g(*, a, b):
    return a + b
try:
    g()
except TypeError as e:
    print(e)
try:
    g(1, 2)
except TypeError as e:
    print(e)
