a = {}
b = {"x": 1, "y": 2,}
c = {**b, "z": 3}
d = {1: "one", **{2: "two"}, 3: "three"}
print(a, b, c, d, b["x"])
