# zip stops at the shortest input unless strict=True; zip(*rows) transposes
names = ["ann", "bob", "cy"]
ages = [30, 25]
print(list(zip(names, ages)), list(zip(names)), list(zip()), dict(zip(names, range(10))))
matrix = [[1, 2, 3], [4, 5, 6]]
print(list(zip(*matrix)), [list(col) for col in zip(*matrix)], list(zip("ab", "cd", "ef")))
pairs = [("a", 1), ("b", 2)]
letters, nums = zip(*pairs)
print(letters, nums, list(zip(names, names[1:])))
z = zip([1, 2], "xy")
print(next(z), list(z), list(z), type(z).__name__)
print(list(zip([1, 2], [3, 4], strict=True)))
for a, b in (([1, 2, 3], [4, 5]), ([1], [2, 3])):
    try:
        print(list(zip(a, b, strict=True)))
    except ValueError as e:
        print(type(e).__name__, e)
try:
    print(list(zip([1], [2], [3, 4], strict=True)))
except ValueError as e:
    print(type(e).__name__, e)
try:
    zip(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
