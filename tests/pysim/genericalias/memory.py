# an alias is a fresh object each time, tracked by the collector
import sys
a = list[int]
b = list[int]
print(a is b, a == b, sys.getrefcount(a), a.__args__ is b.__args__)
del a
args = (str, int)
d = dict[args]
print(d.__args__ is args, dict[str, int].__args__ == args)
print(sys.getsizeof(list[int]), sys.getsizeof(dict[str, int]), sys.getsizeof(iter(tuple[int])), sys.getsizeof(type[int]))
