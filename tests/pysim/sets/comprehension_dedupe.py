# set comprehensions, de-duplication, and order-preserving de-duplication with a seen set
print({n % 5 for n in range(20)}, {c for c in "banana" if c != "n"} == {"a", "b"})
data = [3, 1, 3, 2, 1, 5, 3]
print(len(data), len(set(data)), sorted(set(data)), set(data))
seen = set()
unique = []
for x in data:
    if x not in seen:
        seen.add(x)
        unique.append(x)
print(unique, seen)
print(list(dict.fromkeys(data)), {x // 2 for x in data})
a = [1, 2, 3, 4]
b = [3, 4, 5]
print(sorted(set(a) & set(b)), [x for x in a if x not in set(b)])
