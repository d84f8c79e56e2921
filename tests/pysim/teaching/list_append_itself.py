# a list can contain itself; printing shows [...] instead of recursing forever
box = [1, 2]
box.append(box)
print(box)
print(box[2] is box, box[2][2][2][0], len(box))
outer = {"name": "outer"}
outer["self"] = outer
print(outer, outer["self"]["self"]["name"])
a = [1]
b = [a]
a.append(b)
print(a, b)
