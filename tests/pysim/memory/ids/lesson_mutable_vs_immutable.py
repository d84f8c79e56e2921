# changing a value: immutable objects are replaced, mutable ones are modified in place
def report(label, before, after):
    print(f"{label:<10} same object after change: {before == after}")
n = 300
i = id(n)
n = n + 1
report("int", i, id(n))
s = "abc"
i = id(s)
s = s + "d"
report("str", i, id(s))
t = (1, 2)
i = id(t)
t = t + (3,)
report("tuple", i, id(t))
lst = [1, 2]
i = id(lst)
lst.append(3)
report("list", i, id(lst))
d = {"a": 1}
i = id(d)
d["b"] = 2
report("dict", i, id(d))
