# changing a dict while iterating over it: CPython's two RuntimeErrors, and what stays allowed
d = {"a": 1, "b": 2, "c": 3}
try:
    for k in d:
        d["new"] = 0
except RuntimeError as e:
    print(type(e).__name__, e)
d = {"a": 1, "b": 2, "c": 3}
try:
    for k in d:
        del d[k]
except RuntimeError as e:
    print(type(e).__name__, e, d)
d = {"a": 1, "b": 2}
try:
    for k in d:
        del d[k]
        d[k + "x"] = 1
except RuntimeError as e:
    print(type(e).__name__, e, d)
d = {1: 1, 2: 2, 3: 3}
for k in d:
    d[k] = k * 10
print(d)
it = iter(d)
print(next(it))
d[4] = 4
for attempt in range(2):
    try:
        next(it)
    except RuntimeError as e:
        print(type(e).__name__, e)
d = {1: "x", 2: "y"}
r = reversed(d)
print(type(r).__name__, list(r), list(r), list(reversed(d.values())), list(reversed(d.items())))
print(type(iter(d)).__name__, type(iter(d.values())).__name__, type(iter(d.items())).__name__)
print(type(reversed(d.keys())).__name__, type(reversed(d.values())).__name__, type(reversed(d.items())).__name__)
it = iter(d)
print(it.__length_hint__(), next(it), it.__length_hint__(), list(it), it.__length_hint__())
items = list(d.items())
print(items, items[0] is items[1])
pairs = [p for p in d.items()]
print(pairs)
e = {}
for k, v in {"x": 1, "y": 2}.items():
    e[v] = k
print(e)
try:
    for k in reversed(d):
        d.pop(k)
except RuntimeError as e:
    print(type(e).__name__, e, d)
