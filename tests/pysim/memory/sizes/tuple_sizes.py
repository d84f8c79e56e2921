# a tuple takes 40 bytes plus 8 per item, exactly
import sys
x = 1
for t in ((), (1,), (1, 2), (1, 2, 3), (x,) * 10, tuple(range(100))):
    print(len(t), sys.getsizeof(t))
print(sys.getsizeof(tuple("abcde")), sys.getsizeof(tuple([1, [2, 3]])), sys.getsizeof(((1, 2), (3, 4))))
