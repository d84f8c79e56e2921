def f(a, b, c):
    return a + b + c
args = [1, 2, 3]
print(f(*args), f(1, *args[1:]), f(**{"a": 1, "b": 2, "c": 3}))
print(*args, sep="-")
print(*"hi", *[1], end="!\n")
