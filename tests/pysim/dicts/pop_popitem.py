# pop with and without default, popitem removes the last inserted pair
d = {"x": 1, "y": 2, "z": 3}
print(d.pop("x"), d.pop("nope", "default"), d.pop("nope", None), d)
d["w"] = 4
print(d.popitem(), d.popitem(), d)
d["y"] = 20
print(d.popitem(), d)
for action in (lambda: d.pop("missing"), lambda: d.popitem(), lambda: {}.pop(1), lambda: {}.pop((1, 2))):
    try:
        print(action())
    except KeyError as e:
        print(type(e).__name__, e)
inventory = {"apples": 3, "pears": 0}
removed = {k: inventory.pop(k) for k in list(inventory) if inventory[k] == 0}
print(inventory, removed)
