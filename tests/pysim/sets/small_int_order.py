# iteration order of int sets follows hash slots, not insertion (collisions probe on)
print({5, 3, 1, 4, 2}, {10, 100, 1000, 7}, {-1, -2, 3}, {33, 1, 65, 2})
w = set()
for n in [33, 1, 65, 2]:
    w.add(n)
x = 33
print(w, {x, 1, 65, 2}, set([33, 1, 65, 2]), set((2, 65, 1, 33)))
print({8, 0, 16}, {9, 1}, {1, 9}, {7, 15, 23, 31}, set(range(10, 0, -1)))
print(set([100, 50, 25, 12, 6, 3]), {x * 8 for x in range(5)}, {40, 41, 39, 1000000})
print(list({3, 2, 1}), sorted({3, 2, 1}), sum({5, 5, 5}), len({1, 1.0, True}))
