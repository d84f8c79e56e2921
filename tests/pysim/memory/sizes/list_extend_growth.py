# extend grows by at least what is needed; an empty list extended by 3 gets room for 4
import sys
lst = []
lst.extend([1, 2, 3])
print(sys.getsizeof(lst))
lst.extend([4, 5, 6])
print(sys.getsizeof(lst))
lst.extend(range(20))
print(len(lst), sys.getsizeof(lst))
other = []
other += "abcdefghij"
print(sys.getsizeof(other))
t = []
t.extend(x for x in range(5))
print(sys.getsizeof(t))
big = []
big.extend([0] * 100)
print(sys.getsizeof(big))
