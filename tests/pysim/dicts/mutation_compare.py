# keys with custom __eq__ and __hash__: equality decides identity of keys, and equal
# numbers are the same key (the first key object stays, the last value wins)
class Key:
    def __init__(self, name):
        self.name = name
    def __hash__(self):
        return 7
    def __eq__(self, other):
        print("eq", self.name, getattr(other, "name", other))
        return isinstance(other, Key) and self.name == other.name
    def __repr__(self):
        return "Key(" + self.name + ")"
d = {}
d[Key("a")] = 1
d[Key("b")] = 2
d[Key("a")] = 3
print(d, Key("b") in d, d.get(Key("c")))
n = {1: "int"}
n[1.0] = "float"
n[True] = "bool"
print(n, {0.0: 1, 0: 2, False: 3}, {1.5: "x"}[1.5], {2: "two"}[2.0])
class Boom:
    def __hash__(self):
        return 1
    def __eq__(self, other):
        raise ValueError("cannot compare")
e = {1: "one"}
try:
    e[Boom()] = 2
except ValueError as err:
    print(type(err).__name__, err, e)
class Fickle:
    def __hash__(self):
        return hash("x")
    def __eq__(self, other):
        return True
s = {"x": 1}
s[Fickle()] = 2
print(s, Fickle() in {"y": 1}, {"x": 5}[Fickle()])
class Shrink:
    def __hash__(self):
        return 3
    def __eq__(self, other):
        victims.clear()
        return False
victims = {3: "three", 4: "four"}
victims[Shrink()] = "new"
print(len(victims), list(victims.values()))
