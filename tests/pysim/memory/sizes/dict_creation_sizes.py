# the way a dict is made changes its table size
import sys
x = 1
print(sys.getsizeof({}), sys.getsizeof(dict()), sys.getsizeof({1: x}), sys.getsizeof(dict(a=1)))
print(sys.getsizeof({1: 1, 2: 2, 3: 3, 4: 4, 5: 5, 6: 6}), sys.getsizeof({i: i for i in range(6)}))
print(sys.getsizeof(dict.fromkeys(range(6))), sys.getsizeof(dict(zip(range(6), range(6)))))
print(sys.getsizeof(dict([(1, 2), (3, 4)])), sys.getsizeof({"a": 1, "b": 2}), sys.getsizeof(dict(a=1, b=2)))
keys = ["k%d" % i for i in range(8)]
print(sys.getsizeof(dict.fromkeys(keys)), sys.getsizeof({k: 0 for k in keys}))
