# += mutates a list in place but makes a new tuple or str
lst = [1]
lst_alias = lst
lst += [2]
print(lst, lst_alias, lst is lst_alias)
tup = (1,)
tup_alias = tup
tup += (2,)
print(tup, tup_alias, tup is tup_alias)
s = "".join(["a", "b"])
s_alias = s
s += "c"
print(s, s_alias, s is s_alias)
n = 10 ** 20
n_alias = n
n += 1
print(n - n_alias, n is n_alias)
