# fromkeys shares one value object; copy is shallow; clear empties every alias
d = dict.fromkeys(["a", "b", "c"])
print(d)
shared = dict.fromkeys(["x", "y"], [])
shared["x"].append(1)
print(shared, shared["x"] is shared["y"])
fixed = {k: [] for k in ["x", "y"]}
fixed["x"].append(1)
print(fixed)
original = {"nums": [1, 2], "name": "n"}
clone = original.copy()
clone["name"] = "changed"
clone["nums"].append(3)
print(original, clone, clone["nums"] is original["nums"], clone is original)
alias = original
original.clear()
print(original, alias, clone, dict.fromkeys("aba", 0), dict.fromkeys(range(3), "v"))
