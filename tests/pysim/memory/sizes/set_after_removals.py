# removing members never shrinks a set's table; clear() does
import sys
s = set(range(30))
print(sys.getsizeof(s))
for i in range(28):
    s.remove(i)
print(len(s), sys.getsizeof(s))
s.add(100)
print(sys.getsizeof(s))
s.clear()
print(sys.getsizeof(s))
f = frozenset(s | {1, 2})
print(sys.getsizeof(f))
