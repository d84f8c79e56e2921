# key and item views support set operators; values views do not
a = {1: "a", 2: "b", 3: "c"}
b = {2: "B", 3: "c", 4: "d"}
print(a.keys() & b.keys(), a.keys() | b.keys(), a.keys() - b.keys(), a.keys() ^ b.keys())
print(a.items() & b.items(), a.keys() & {3, 5}, a.keys() - [1], {0, 1} | a.keys())
print(a.keys() == {1, 2, 3}, a.keys() <= {1, 2, 3, 4}, a.keys() < {1, 2, 3}, a.keys().isdisjoint({9}))
print(type(a.keys() & b.keys()).__name__, sorted(a.items() - b.items()), a.values() == a.values())
names = {"ann": 1, "bob": 2}
print(sorted(names.keys() | {"cy"}), sorted(names.keys() & ["bob", "zed"]))
try:
    print(a.values() & b.values())
except TypeError as e:
    print(type(e).__name__, e)
