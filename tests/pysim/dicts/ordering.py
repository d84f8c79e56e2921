# insertion order is kept; overwriting keeps the place; delete and re-add moves to the end
d = {"b": 1, "a": 2}
d["c"] = 3
print(d, list(d))
d["b"] = 10
print(d)
del d["b"]
d["b"] = 4
print(d)
print({1: "a", True: "b", 1.0: "c"}, {0: "x", False: "y", 0.0: "z"}, {"k": 1, "k": 2})
order = {}
for key in [5, 3, 9, 3, 1, 5]:
    order[key] = order.get(key, 0) + 1
print(order, list(order.keys()), dict(sorted(order.items())))
x = {i: i * i for i in range(6)}
for k in [0, 2, 4]:
    del x[k]
x[0] = "back"
print(x, {1: 1, 2: 2} == {2: 2, 1: 1}, list({1: 1, 2: 2}) == list({2: 2, 1: 1}))
