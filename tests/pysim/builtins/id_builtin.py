# id() identifies an object while it lives: aliases share it, mutation keeps it, new objects differ
items = [1, 2]
alias = items
print(id(items) == id(alias), type(id(items)).__name__, id(items) > 0)
before = id(items)
items.append(3)
items.sort()
items += [4]
print(id(items) == before)
items = items + [5]
print(id(items) == before, id(alias) == before)
a = [0]
b = [0]
print(id(a) == id(b), id(a) == id(a[:]), id(a[0]) == id(a[0]))
t = (a, b)
print(id(t[0]) == id(a), id(t) == id(t))
word = "stone"
same = word
print(id(word) == id(same), word is same)
