# copying through the reduce protocol: __reduce__, __reduce_ex__, __getstate__/__setstate__, copy.Error
import copy

def show(label, f):
    try:
        r = f()
        print(label, type(r).__name__, r if not hasattr(r, "__dict__") or isinstance(r, type) else vars(r))
    except Exception as e:
        print(label, type(e).__name__, e)

class Point:
    def __init__(self, x, y):
        print("init", x, y)
        self.x, self.y = x, y
    def __reduce__(self):
        return (Point, (self.x, self.y))

p = Point(1, [2])
show("copy Point", lambda: copy.copy(p))
q = copy.deepcopy(p)
print(q.y == p.y, q.y is p.y)

class Singleton:
    def __reduce__(self):
        return "Singleton"
s = Singleton()
print(copy.copy(s) is s, copy.deepcopy(s) is s)

class Versioned:
    def __init__(self):
        self.data = [1, 2]
        self.cache = {"big": "value"}
    def __getstate__(self):
        print("getstate")
        state = self.__dict__.copy()
        del state["cache"]
        return state
    def __setstate__(self, state):
        print("setstate", sorted(state))
        self.__dict__.update(state)
        self.cache = {}

v = Versioned()
v2 = copy.copy(v)
print(v2.data is v.data, v2.cache)
v3 = copy.deepcopy(v)
print(v3.data is v.data, v3.data == v.data, v3.cache)

class WithNewArgs:
    def __new__(cls, tag):
        print("new", tag)
        self = super().__new__(cls)
        self.tag = tag
        return self
    def __getnewargs__(self):
        return (self.tag + "!",)
w = WithNewArgs("t")
show("copy WithNewArgs", lambda: copy.copy(w))

class BadNewArgs:
    def __getnewargs__(self):
        return ["not", "a tuple"]
show("copy BadNewArgs", lambda: copy.copy(BadNewArgs()))

class ReduceEx:
    def __reduce_ex__(self, protocol):
        print("reduce_ex", protocol)
        return (dict, (), None, None, iter([("a", 1), ("b", [2])]))
show("copy ReduceEx", lambda: copy.copy(ReduceEx()))
show("deepcopy ReduceEx", lambda: copy.deepcopy(ReduceEx()))

class Listish:
    def __reduce__(self):
        return (list, (), None, iter([1, [2]]))
show("copy Listish", lambda: copy.copy(Listish()))

class Short:
    def __reduce__(self):
        return (Short,)
show("copy Short", lambda: copy.copy(Short()))

class Long:
    def __reduce__(self):
        return (Long, (), None, None, None, None)
show("copy Long", lambda: copy.copy(Long()))

class NotTuple:
    def __reduce__(self):
        return 42
show("copy NotTuple", lambda: copy.copy(NotTuple()))

class BadArgs:
    def __reduce__(self):
        return (BadArgs, 5)
show("copy BadArgs", lambda: copy.copy(BadArgs()))
show("deepcopy BadArgs", lambda: copy.deepcopy(BadArgs()))

class NotCallable:
    def __reduce__(self):
        return (7, ())
show("copy NotCallable", lambda: copy.copy(NotCallable()))

class BadPairs:
    def __reduce__(self):
        return (dict, (), None, None, iter([(1, 2, 3)]))
show("copy BadPairs", lambda: copy.copy(BadPairs()))

class NoReduce:
    __reduce_ex__ = None
    __reduce__ = None
show("copy NoReduce", lambda: copy.copy(NoReduce()))
show("deepcopy NoReduce", lambda: copy.deepcopy(NoReduce()))
try:
    copy.copy(NoReduce())
except copy.Error as e:
    print("caught copy.Error:", e, type(e).__mro__[1].__name__)
print(copy.Error, copy.error is copy.Error, copy.Error.__module__, copy.__all__)
