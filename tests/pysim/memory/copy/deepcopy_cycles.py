# deepcopy handles self-references: the copy refers to itself, not to the original
import copy
a = [1]
a.append(a)
b = copy.deepcopy(a)
print(b, b[1] is b, b[1] is a, b is a)
d = {"name": "root"}
d["self"] = d
e = copy.deepcopy(d)
print(e["self"] is e, e["self"] is d)
s = copy.copy(a)
print(s[1] is a, s is a)
