# wrong calls to dict methods: CPython's argument messages
d = {"a": 1}
calls = [
    lambda: d.get(),
    lambda: d.get(1, 2, 3),
    lambda: d.get(key="a"),
    lambda: d.pop(),
    lambda: d.pop(1, 2, 3),
    lambda: d.popitem(1),
    lambda: d.keys(1),
    lambda: d.values(1),
    lambda: d.items(1),
    lambda: d.copy(1),
    lambda: d.clear(1),
    lambda: d.setdefault(),
    lambda: d.update(1, 2),
    lambda: d.update(5),
    lambda: d.update([1]),
    lambda: d.update(["ab", "c"]),
    lambda: dict.fromkeys(),
    lambda: dict.fromkeys(1),
    lambda: dict.fromkeys([1], 2, 3),
    lambda: dict(1, 2),
    lambda: dict([[1, 2, 3]]),
    lambda: d.keys().isdisjoint(),
    lambda: d[[1]],
    lambda: d.get([1]),
    lambda: d.pop([1]),
    lambda: {}.pop([1]),
    lambda: {}.pop([1], "dflt"),
    lambda: d.setdefault({}),
    lambda: [1] in d,
    lambda: d < d,
    lambda: d >= {},
    lambda: d + d,
    lambda: d | [],
    lambda: hash(d),
    lambda: hash(d.keys()),
    lambda: hash(d.values()) == hash(d.values()),
]
for c in calls:
    try:
        print(c())
    except (TypeError, KeyError, ValueError) as e:
        print(type(e).__name__, e)
try:
    d |= 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    del d["zz"]
except KeyError as e:
    print(type(e).__name__, e, e.args)
try:
    del d[(1, 2)]
except KeyError as e:
    print(type(e).__name__, e, e.args)
print(d)
