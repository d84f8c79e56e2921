# the same five ints stored in different containers cost different amounts of memory
import sys
values = [10, 20, 30, 40, 50]
containers = {
    "list": list(values),
    "tuple": tuple(values),
    "set": set(values),
    "frozenset": frozenset(values),
    "dict": dict.fromkeys(values),
}
for name, c in containers.items():
    print(f"{name:<10}{sys.getsizeof(c):>6} bytes")
items = sum(sys.getsizeof(v) for v in values)
print("the ints themselves:", items, "bytes")
