# instance attributes shadow class attributes; assignment through self creates one
class Counter:
    count = 0
    kind = "counter"
    def __init__(self):
        Counter.count += 1
a = Counter()
b = Counter()
print(Counter.count, a.count, b.count)
a.kind = "special"
print(a.kind, b.kind, Counter.kind)
Counter.kind = "changed"
print(a.kind, b.kind)
del a.kind
print(a.kind)
a.count += 10
print(a.count, b.count, Counter.count)
print("count" in vars(a), "count" in vars(b))
try:
    del b.kind
except AttributeError as e:
    print("AttributeError:", e)
