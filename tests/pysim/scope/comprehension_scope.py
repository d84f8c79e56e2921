# comprehension variables do not leak; comprehensions read enclosing names
x = "outer x"
squares = [x * x for x in range(4)]
print(squares, x)
factor = 3
print([v * factor for v in range(3)])
def f():
    base = 10
    return [base + i for i in range(3)], {i: base for i in range(2)}
print(f())
try:
    print(i)
except NameError as e:
    print(e)
pairs = [(i, j) for i in range(2) for j in range(i, 2)]
print(pairs)
total = sum(k for k in range(5))
print(total, "k" in globals())
