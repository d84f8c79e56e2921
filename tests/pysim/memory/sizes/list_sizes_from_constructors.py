# how a list is made decides its starting capacity
import sys
x = 0
print(sys.getsizeof(list()), sys.getsizeof(list(range(3))), sys.getsizeof(list("abcde")))
print(sys.getsizeof(sorted([3, 1, 2])), sys.getsizeof(sorted(range(5))))
print(sys.getsizeof([i for i in range(3)]), sys.getsizeof([i for i in range(9)]))
print(sys.getsizeof(list(i for i in range(2))), sys.getsizeof(list(i for i in range(1))))
print(sys.getsizeof([0] * 3), sys.getsizeof([x] * 5), sys.getsizeof([1, 2] * 3))
print(sys.getsizeof(list(range(10))[2:5]), sys.getsizeof([x, x, x].copy()), sys.getsizeof([x] + [x, x]))
print(sys.getsizeof("a b c".split()), sys.getsizeof(list({1: 2, 3: 4})), sys.getsizeof(list((1, 2, 3))))
