# list.sort() works in place and returns None; sorted() returns a new list of the same items
items = [[3], [1], [2]]
before = id(items)
result = items.sort()
print(result, id(items) == before, items)
s = sorted(items)
print(s == items, s is items, s[0] is items[0])
r = list(reversed(items))
print(r[0] is items[2], r is items)
items.reverse()
print(id(items) == before)
