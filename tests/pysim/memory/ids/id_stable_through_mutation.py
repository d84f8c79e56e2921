# mutating a list, dict or set in place never changes its id, however much it grows
lst = []
d = {}
s = set()
ids = (id(lst), id(d), id(s))
for n in range(1000):
    lst.append(n)
    d[n] = n
    s.add(n)
print(len(lst), len(d), len(s), ids == (id(lst), id(d), id(s)))
lst += [1] * 500
lst.sort()
lst.reverse()
lst[:] = []
d.clear()
s.clear()
print(ids == (id(lst), id(d), id(s)))
lst = lst + [1]
print(id(lst) == ids[0])
