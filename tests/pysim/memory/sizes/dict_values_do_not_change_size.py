# a dict's size depends on its keys table, not on how big its values are
import sys
small = {"a": 1, "b": 2}
large = {"a": "x" * 10000, "b": list(range(1000))}
print(sys.getsizeof(small), sys.getsizeof(large))
small["a"] = [0] * 100
print(sys.getsizeof(small))
ints = {1: 1, 2: 2}
print(sys.getsizeof(ints), sys.getsizeof(dict(ints)), sys.getsizeof(ints.copy()))
