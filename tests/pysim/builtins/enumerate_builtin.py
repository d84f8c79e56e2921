# enumerate yields (index, item) pairs, from 0 or from start
fruits = ["apple", "pear", "fig"]
print(list(enumerate(fruits)), list(enumerate(fruits, 1)), list(enumerate("ab", start=-2)))
for i, f in enumerate(fruits, start=1):
    print(f"{i}. {f}")
e = enumerate("xyz")
print(next(e), next(e), list(e), list(e), type(e).__name__)
print(dict(enumerate("ab")), [i * c for i, c in enumerate("abc")], list(enumerate([])))
print(list(enumerate(range(5, 8), 10**20)))
try:
    enumerate(5)
except TypeError as e:
    print(type(e).__name__, e)
