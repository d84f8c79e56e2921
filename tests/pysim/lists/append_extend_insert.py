# append adds one item, extend adds each item of an iterable, insert clamps its index
a = [1, 2]
a.append([3, 4])
print(a, len(a))
b = [1, 2]
b.extend([3, 4])
b.extend("xy")
b.extend(range(2))
b.extend((9,))
b.extend({})
print(b, len(b))
c = ["m"]
c.insert(0, "first")
c.insert(100, "last")
c.insert(-1, "before-last")
c.insert(-100, "very-first")
print(c)
d = [0]
d.append(d)
print(d, d[1] is d, d[1][1][1][0])
e = []
for word in "to be or not".split():
    e.append(word.upper())
print(e, e.append("x"), e)
try:
    e.extend(5)
except TypeError as err:
    print(type(err).__name__, err)
try:
    e.append(1, 2)
except TypeError as err:
    print(type(err).__name__, err)
