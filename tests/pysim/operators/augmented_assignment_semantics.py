# x op= y rebinds immutables and mutates mutables in place
n = 10
m = n
n += 1
print(n, m)
lst = [1]
alias = lst
lst += [2]
lst = lst + [3]
print(lst, alias)
t = (1,)
t += (2,)
print(t)
s = {1, 2}
alias_s = s
s |= {3}
s &= {2, 3, 4}
s -= {4}
s ^= {9}
print(s, alias_s is s)
d = {"a": 1}
alias_d = d
d |= {"b": 2}
print(d, alias_d is d)
counts = {"x": 0}
counts["x"] += 5
counts["x"] *= 3
print(counts)
class Obj:
    total = 1
o = Obj()
o.total += 1
print(o.total, Obj.total)
