# shallow copies of dicts and sets are new containers sharing keys and values
import copy
d = {"k": [1], "j": (2,)}
for c in (copy.copy(d), d.copy(), dict(d), {**d}):
    print(c is d, c == d, c["k"] is d["k"])
dd = copy.deepcopy(d)
print(dd["k"] is d["k"], dd["j"] is d["j"])
s = {1, (2, 3)}
cs = copy.copy(s)
print(cs is s, cs == s, set(s) is s, s.copy() is s)
