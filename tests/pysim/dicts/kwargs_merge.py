# ** unpacking into calls and displays: merge order, duplicates, and the messages
def f(*args, **kwargs):
    return kwargs
class Mapping:
    def keys(self):
        return ["x", "y"]
    def __getitem__(self, key):
        return key * 2
print(f(**{"a": 1}, b=2), f(a=1, **{"b": 2}), f(**Mapping()), f(**{"z": 0}, **Mapping()))
print({**{"a": 1}, **{"a": 2, "b": 3}}, {**Mapping(), "x": 0}, dict(Mapping()), dict(**Mapping()))
tests = [
    lambda: f(**{"x": 1}, **{"x": 2}),
    lambda: f(x=1, **{"x": 2}),
    lambda: f(**Mapping(), y=1),
    lambda: f(**[1]),
    lambda: f(**None),
    lambda: {**[("a", 1)]},
    lambda: {**None},
    lambda: dict(**{"k": 1}, k=2),
    lambda: print(**{"sep": "-"}, sep="+"),
    lambda: {}.update(**{"a": 1}, a=2),
]
for t in tests:
    try:
        print(t())
    except TypeError as e:
        print(type(e).__name__, e)
class BadKeys:
    def keys(self):
        return 5
    def __getitem__(self, key):
        return key
try:
    dict(BadKeys())
except TypeError as e:
    print(type(e).__name__, e)
d = {"a": 1}
d.update(Mapping())
print(d)
d.update([("b", 2)], c=3)
print(d)
