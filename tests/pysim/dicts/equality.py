# dict equality ignores order but compares every key and value with ==
a = {"x": 1, "y": [1, 2]}
b = {"y": [1, 2], "x": 1}
c = a
print(a == b, a is b, a is c, a != {"x": 1}, {} == {}, {1: 1} == {1.0: 1.0}, {1: "a"} == {True: "a"})
print(a == dict(a), a == list(a.items()), a.keys() == b.keys(), a.items() == b.items(), list(a) == list(b))
b["y"].append(3)
print(a == b, a, b)
try:
    print({1: 2} < {1: 3})
except TypeError as e:
    print(type(e).__name__, e)
