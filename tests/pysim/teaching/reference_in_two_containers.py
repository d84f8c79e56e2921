# one object can sit in several containers at once; change it and all of them show it
point = [0, 0]
path = [point, [1, 1]]
lookup = {"start": point}
history = (point,)
point[0] = 5
print(path)
print(lookup)
print(history)
print(path[0] is lookup["start"] is history[0])
lookup["start"] = [9, 9]
print(path, lookup, "- replacing a dict value does not touch the others")
