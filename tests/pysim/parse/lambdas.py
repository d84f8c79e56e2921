add = lambda a, b=1: a + b
print(add(1), add(1, 2))
print((lambda *a, **k: (a, k))(1, x=2))
print((lambda: 42)(), (lambda x, /, y, *, z: x + y + z)(1, 2, z=3))
print(sorted([3, 1, 2], key=lambda v: -v))
print((lambda x: lambda y: x + y)(1)(2))
