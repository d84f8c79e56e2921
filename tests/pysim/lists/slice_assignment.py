# assigning to slices can grow or shrink a list; extended slices need equal sizes
a = list(range(6))
a[1:3] = ["x", "y", "z"]
print(a)
a[1:4] = []
print(a)
a[:0] = [-2, -1]
a[len(a):] = [6, 7]
print(a)
a[2:2] = "ab"
print(a)
a[::2] = [0] * len(a[::2])
print(a)
a[::-4] = ["R", "S", "T"]
print(a, len(a))
b = [1, 2, 3]
alias = b
b[:] = [9]
print(b, alias, b is alias)
b[5:] = [10]
b[-100:1] = [8, 8]
print(b)
for value in ([1, 2], [1, 2, 3, 4], 5):
    try:
        c = list(range(6))
        c[::2] = value
        print(c)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
