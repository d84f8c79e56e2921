# copying subclasses of built-ins, exceptions, bytearrays, slices, methods and functions
import copy

class Tags(list):
    pass
t = Tags([[1], 2])
t.owner = "ann"
ct, dt = copy.copy(t), copy.deepcopy(t)
print(type(ct).__name__, ct, ct[0] is t[0], dt[0] is t[0], ct.owner, dt.owner)

class Logged(list):
    def append(self, item):
        print("append", item)
        super().append(item)
print(copy.copy(Logged([1, 2])))

class Config(dict):
    def __setitem__(self, key, value):
        print("set", key)
        super().__setitem__(key, value)
cfg = Config(a=[1], b=2)
cc, dc = copy.copy(cfg), copy.deepcopy(cfg)
print(type(cc).__name__, cc, cc["a"] is cfg["a"], dc["a"] is cfg["a"])

class Celsius(float):
    pass
deg = Celsius(21.5)
deg.note = ["warm"]
cd = copy.copy(deg)
print(type(cd).__name__, cd, cd.note is deg.note, copy.deepcopy(deg).note is deg.note)

class Id(int):
    pass
i = Id(7)
print(type(copy.copy(i)).__name__, copy.copy(i), copy.copy(i) is i)

class Name(str):
    pass
print(repr(copy.deepcopy(Name("ann"))), type(copy.copy(Name("x"))).__name__)

class Pair(tuple):
    pass
pr = Pair([1, [2]])
print(copy.copy(pr), copy.deepcopy(pr)[1] is pr[1], type(copy.deepcopy(pr)).__name__)

class Bag(set):
    pass
bag = Bag([1, 2])
bag.label = "x"
cb = copy.copy(bag)
print(type(cb).__name__, sorted(cb), cb.label)

ba = bytearray(b"data")
print(copy.copy(ba), copy.deepcopy(ba), copy.copy(ba) is ba, copy.deepcopy(bytearray()))

sl = slice(1, [2], None)
ds = copy.deepcopy(sl)
print(copy.copy(sl) is sl, ds, ds is sl, ds.stop is sl.stop)

fz = frozenset({(1, 2)})
print(copy.copy(fz) is fz, copy.deepcopy(fz) is fz, copy.deepcopy(fz) == fz)

class Greeter:
    def __init__(self, name):
        self.name = name
    def hello(self):
        return "hi " + self.name
g = Greeter("bo")
m = g.hello
cm, dm = copy.copy(m), copy.deepcopy(m)
print(cm is m, cm == m, cm.__self__ is g, dm.__self__ is g, dm(), type(dm).__name__)

def f():
    pass
print(copy.copy(f) is f, copy.deepcopy(f) is f, copy.deepcopy(len) is len, copy.copy(Greeter) is Greeter)
print(copy.copy(list.append) is list.append, copy.deepcopy(str.upper) is str.upper, copy.deepcopy(range(3)) == range(3))

e = ValueError("bad", [1])
e.hint = ["h"]
ce, de = copy.copy(e), copy.deepcopy(e)
print(repr(ce), ce is e, ce.args[1] is e.args[1], de.args[1] is e.args[1], ce.hint is e.hint, de.hint is e.hint)

class AppError(Exception):
    def __init__(self, code):
        super().__init__(f"code {code}")
        self.code = code
try:
    copy.copy(AppError(3))
except TypeError as err:
    print("TypeError", err)

for obj in [copy, {}.keys(), staticmethod(f), Greeter.__dict__]:
    try:
        copy.copy(obj)
    except TypeError as err:
        print("TypeError", err)
print(type(copy.copy(object())).__name__, copy.copy(object()) is not None)
