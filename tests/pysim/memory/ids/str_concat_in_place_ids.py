# s += ch on a str held only by one name may grow it in place; the first step always copies
s = ""
ids = set()
for ch in "abcdefghijklmnop":
    s += ch
    ids.add(id(s))
print(s, len(ids))
t = "".join(["st", "art"])
first = id(t)
t += "!"
print(id(t) == first)
