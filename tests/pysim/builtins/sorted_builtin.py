# sorted() returns a new list from any iterable and leaves the original untouched
data = [3, 1, 2]
result = sorted(data)
print(result, data, result is data)
print(sorted("banana"), sorted((3, 1)), sorted({2: "b", 1: "a"}), sorted({3, 1, 2}), sorted(range(3, 0, -1)))
print(sorted({"b": 1, "a": 2}.items()), sorted(["B", "a", "C"]), sorted(["B", "a", "C"], key=str.lower))
print(sorted([-3, 2, -1], key=abs, reverse=True), sorted([[2, "b"], [1, "c"], [2, "a"]]))
pairs = [("x", 2), ("y", 1), ("z", 2), ("w", 1)]
print(sorted(pairs, key=lambda p: p[1]), sorted(pairs, key=lambda p: p[1], reverse=True))
print(sorted(pairs, reverse=True), sorted([0.5, 1, -2, True]), sorted([]), sorted(""))
try:
    sorted([1, 2], lambda x: x)
except TypeError as e:
    print(type(e).__name__, e)
try:
    sorted([None, 1])
except TypeError as e:
    print(type(e).__name__, e)
