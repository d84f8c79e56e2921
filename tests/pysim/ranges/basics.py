# range objects: repr, len, indexing, attributes, conversion to list, truthiness
r = range(5)
print(r, range(2, 8), range(1, 10, 3), range(0), range(-3, 3, 2), type(r).__name__)
print(len(r), r[0], r[-1], r[2], list(r), tuple(range(3)), r.start, r.stop, r.step)
s = range(1, 10, 3)
print(list(s), len(s), s[1], s[-1], s.start, s.stop, s.step, range(3).step)
print(bool(range(0)), bool(range(1)), len(range(5, 5)), list(range(5, 1)), list(range(-2)))
print(sum(range(101)), max(range(7)), min(range(3, 9)), sorted(range(3), reverse=True), str(range(4)))
for i in range(2, 12, 4):
    print(i, end=" ")
print()
print(list(range(True, 3)), range(0, 10)[3:], repr(range(0, -1, -1)))
