# the first iterable is evaluated once, up front; conditions per item
def source(name, items):
    print("evaluating", name)
    return items
result = [(a, b) for a in source("outer", [1, 2]) for b in source("inner", "xy")]
print(result)
def keep(v):
    print("test", v)
    return v % 2 == 1
print([v * 10 for v in source("list", [1, 2, 3]) if keep(v)])
d = {print("key", k) or k: print("value", k) or k * 2 for k in range(2)}
print(d)
