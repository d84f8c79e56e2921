# args: --inline
# The same kind of program drawn with small values inside their containers.
point = {"x": 3, "y": 4}
pair = (point, "label")
names = ["ann", "bob"]
names.append(None)
print(pair, names)
