# sys.getsizeof of sets: the 8-slot small table, growth at 3/5 full, and how
# displays of constants (copied from a folded frozenset) size their table
import sys
for n in range(0, 22):
    print(n, sys.getsizeof(set(range(n))), end="; ")
print()
s = set()
sizes = []
for i in range(80):
    sizes.append(sys.getsizeof(s))
    s.add(i)
print(sorted(set(sizes)), sizes.index(728), sizes.index(2264), sizes.index(8408))
print(sys.getsizeof({1, 2}), sys.getsizeof({1, 2, 3}), sys.getsizeof({1, 2, 3, 4, 5}), sys.getsizeof({1, 2, 3, 4, 5, 6, 7, 8, 9, 10}))
x = 5
print(sys.getsizeof({x, 1, 2, 3, 4}), sys.getsizeof({n for n in range(5)}), sys.getsizeof(frozenset(range(5))))
print(sys.getsizeof(set()), sys.getsizeof(frozenset()), sys.getsizeof({1, 2, 3}.copy()), sys.getsizeof(set(range(10)).copy()))
t = set(range(10))
print(sys.getsizeof(t | set()), sys.getsizeof(t - {1}), sys.getsizeof(t & t), sys.getsizeof(t ^ {99}), sys.getsizeof(t.union()))
t.clear()
print(sys.getsizeof(t), t)
u = set(range(10))
u.difference_update(range(9))
v = set(range(10))
for i in range(9):
    v.discard(i)
print(u, sys.getsizeof(u), v, sys.getsizeof(v))
w = set(range(10))
w.intersection_update({9})
print(w, sys.getsizeof(w), set(range(10)).__sizeof__(), set().__sizeof__())
print({33, 1, 65, 2, 97}, set([33, 1, 65, 2, 97]), {x + 28, 1, 65, 2, 97})
print({0, 8, 16, 24, 32, 40, 48}, set([0, 8, 16, 24, 32, 40, 48]))
print({1.5, 2.5, 3.5}, {-1, -2, -3, -4, -5, -6}, {True, False, 2})
