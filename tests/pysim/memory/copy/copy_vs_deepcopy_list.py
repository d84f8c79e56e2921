# copy.copy makes a new outer list sharing the items; deepcopy copies the mutable items too
import copy
a = [1, [2, 3], "four"]
s = copy.copy(a)
d = copy.deepcopy(a)
print(s is a, s == a, s[1] is a[1], s[2] is a[2])
print(d is a, d == a, d[1] is a[1], d[2] is a[2], d[0] is a[0])
a[1].append(99)
print(s[1], d[1])
print(a[:] is a, a[:][1] is a[1], list(a)[1] is a[1], a.copy()[1] is a[1])
