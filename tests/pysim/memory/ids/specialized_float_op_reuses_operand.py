# 3.12 specializes `+` of two floats after its first run; the specialized
# instruction writes the sum into a temporary operand nothing else holds
# instead of allocating a new float.
fl = [float(i) for i in range(10)]
ids = [id(v) for v in fl]
del fl
fl2 = [float(i) + 0.5 for i in range(10)]
print([ids.index(id(v)) if id(v) in ids else -1 for v in fl2])

total = 0.0
seen = []
for i in range(6):
    total += float(i) * 2.0
    seen.append(id(total))
print(total, [a == b for a, b in zip(seen, seen[1:])])

x = 1.5
y = 2.5
r = [id(x * y) == id(x * y) for _ in range(3)]
print(r, x, y)
