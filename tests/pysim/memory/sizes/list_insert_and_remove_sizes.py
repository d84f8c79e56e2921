# insert grows like append; remove and del shrink like pop
import sys
lst = []
sizes = []
for i in range(10):
    lst.insert(0, i)
    sizes.append(sys.getsizeof(lst))
print(sizes)
while len(lst) > 1:
    lst.remove(lst[0])
    print(sys.getsizeof(lst), end=" ")
print()
lst *= 10
print(len(lst), sys.getsizeof(lst))
lst[2:] = []
print(sys.getsizeof(lst))
