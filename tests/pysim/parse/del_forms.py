class O:
    pass
o = O()
o.a = 1
o.b = 2
a, b, c = 1, 2, 3
del o.a, (b), [c]
lst = [1, 2, 3]
del (lst[0], lst[0])
print(hasattr(o, "a"), lst)
