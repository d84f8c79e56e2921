# order of larger int sets after the table grows, and after removals and re-adds
s = set()
for n in [40, 8, 16, 0, 24, 32]:
    s.add(n)
    print(s)
s.remove(16)
s.add(48)
print(s)
t = {1, 2, 3}
t.remove(2)
t.add(10)
print(t)
u = set(range(0, 100, 9))
print(u)
v = {n * 32 for n in range(8)}
print(v)
print({1000, 2000, 3000, 4000, 5000}, {2 ** 40, 2 ** 41, 3, 2 ** 61 - 1, 0})
