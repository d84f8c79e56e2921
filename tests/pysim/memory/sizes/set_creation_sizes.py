# set displays, set() calls and frozensets of the same items can differ in size
import sys
x = 1
print(sys.getsizeof(set()), sys.getsizeof(frozenset()), sys.getsizeof({x}), sys.getsizeof({1, 2, 3}))
print(sys.getsizeof({1, 2, 3, 4, 5}), sys.getsizeof(set([1, 2, 3, 4, 5])), sys.getsizeof(frozenset([1, 2, 3, 4, 5])))
print(sys.getsizeof(set(range(10))), sys.getsizeof({i for i in range(10)}), sys.getsizeof(frozenset(range(10))))
s = set(range(50))
for i in range(45):
    s.discard(i)
print(len(s), sys.getsizeof(s), sys.getsizeof(s.copy()), sys.getsizeof(set(s)))
