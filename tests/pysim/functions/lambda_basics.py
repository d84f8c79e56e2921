# lambdas as small anonymous functions: keys, callbacks, defaults, immediate calls
square = lambda x: x * x
print(square(7), (lambda a, b=10: a + b)(1), (lambda: "no args")())
pairs = [(1, "b"), (3, "a"), (2, "c")]
print(sorted(pairs, key=lambda p: p[1]))
print(sorted(pairs, key=lambda p: -p[0]))
print(list(map(lambda x: x * 2, [1, 2, 3])))
print(list(filter(lambda x: x % 2, range(10))))
ops = {"add": lambda a, b: a + b, "mul": lambda a, b: a * b}
print(ops["add"](3, 4), ops["mul"](3, 4))
adder = lambda *args, **kw: (sum(args), kw)
print(adder(1, 2, k=3))
print(square.__name__, (lambda: 0).__name__)
make = lambda n: lambda x: x + n
print(make(5)(10))
print(max(["apple", "fig", "banana"], key=lambda s: len(s)))
