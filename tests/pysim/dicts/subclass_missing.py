# dict subclasses: __missing__, overridden methods, and what the builtin methods return
class Counter(dict):
    def __missing__(self, key):
        return 0
c = Counter()
for ch in "banana":
    c[ch] = c[ch] + 1
print(c, c["z"], "z" in c, c.get("z"), type(c).__name__)
class Default(dict):
    def __init__(self, factory, *args, **kw):
        super().__init__(*args, **kw)
        self.factory = factory
    def __missing__(self, key):
        value = self[key] = self.factory()
        return value
g = Default(list, a=[1])
g["b"].append(2)
g["a"].append(3)
print(g, g.factory is list, len(g))
class Loud(dict):
    def __setitem__(self, key, value):
        print("set", key, value)
        super().__setitem__(key, value)
l = Loud(x=1)
l["y"] = 2
l.update(z=3)
l.setdefault("w", 4)
print(l, Loud.fromkeys("ab", 0))
class Upper(dict):
    def __getitem__(self, key):
        return super().__getitem__(key.upper())
u = Upper(A=1)
print(u["a"], u.get("a"), dict(u), {**u})
print(type(Counter.fromkeys("ab")).__name__, Counter.fromkeys("ab", 1), type(Counter(a=1).copy()).__name__)
print(isinstance(c, dict), issubclass(Counter, dict), Counter(a=1) == {"a": 1}, Counter() | {"k": 1})
class NoMissing(dict):
    pass
try:
    NoMissing()["q"]
except KeyError as e:
    print(type(e).__name__, e)
class Broken(dict):
    def __missing__(self, key):
        raise ValueError("no " + key)
try:
    Broken()["q"]
except ValueError as e:
    print(type(e).__name__, e)
