# popping shrinks the allocation once fewer than half the slots are used
import sys
lst = list(range(20))
caps = [(sys.getsizeof(lst) - 56) // 8]
while lst:
    lst.pop()
    caps.append((sys.getsizeof(lst) - 56) // 8)
print(caps)
lst = [x for x in range(40)]
print(sys.getsizeof(lst))
del lst[10:]
print(len(lst), sys.getsizeof(lst))
lst.clear()
print(sys.getsizeof(lst))
