# every object has a type, a value and an identity; names only point at objects
values = [42, 3.14, "hi", [1], (1,), {"a": 1}, None, True]
for v in values:
    print(f"{v!r:<10} type={type(v).__name__:<8} mutable={not isinstance(v, (int, float, str, tuple, type(None)))}")
x = 42
y = x
print(x is y, type(x) is type(y), isinstance(y, int))
x = "changed"
print(x, y, type(x).__name__, type(y).__name__)
