# a constant reached through a conditional expression, tuple, list or dict is the one shared object
i = 1000
cond = 1000 if True else 0
print(cond is i)
flag = True
dyn = 1000 if flag else 0
print(dyn is i)
tup = (1000,)
print(tup[0] is i)
lst = [1000, 1000]
print(lst[0] is lst[1], lst[0] is i)
d = {"k": 1000}
print(d["k"] is i)
