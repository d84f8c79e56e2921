# a WeakValueDictionary entry vanishes when its value dies
import weakref
class Obj:
    def __init__(self, name):
        self.name = name
cache = weakref.WeakValueDictionary()
a = Obj("a")
b = Obj("b")
cache["a"] = a
cache["b"] = b
print(sorted(cache.keys()), len(cache))
del a
print(sorted(cache.keys()), "a" in cache)
b = None
print(len(cache), cache.get("b"))
