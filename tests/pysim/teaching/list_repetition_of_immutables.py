# [0] * n is safe: every slot starts as the same 0, but assignment replaces one slot
counts = [0] * 5
print(all(c is counts[0] for c in counts))
counts[2] += 1
counts[4] = 7
print(counts)
names = [""] * 3
names[0] += "ann"
print(names)
nested = [[]] * 2
nested[0] += ["shared!"]
print(nested)
