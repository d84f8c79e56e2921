# a default value is evaluated once at def time and shared between calls
def append_to(item, target=[]):
    target.append(item)
    return target
a = append_to(1)
b = append_to(2)
print(a, b, a is b)
print(append_to(3, []))
print(append_to.__defaults__)
def safe_append(item, target=None):
    if target is None:
        target = []
    target.append(item)
    return target
print(safe_append(1), safe_append(2))
x = 10
def show(v=x):
    return v
x = 20
print(show(), x)
def counter(cache={}):
    cache["n"] = cache.get("n", 0) + 1
    return cache["n"]
print(counter(), counter(), counter())
