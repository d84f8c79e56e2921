# printing nested lists: items use repr, self-references show [...]
print([1, "two", 3.0, None, True, [4, [5, ["six"]]], (7,), {"k": [8]}])
print(str(["a", 'b"c', "d'e"]), repr([[]]), [[], [[]]], [(), {}], [set(), frozenset()])
a = [1, 2]
a.append(a)
print(a, len(a))
b = [a, a]
print(b)
c = []
d = [c]
c.append(d)
print(c, d)
e = {"list": []}
e["list"].append(e)
print(e)
