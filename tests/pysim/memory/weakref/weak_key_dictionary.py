# a WeakKeyDictionary forgets an entry when its key object dies
import weakref
class Key:
    def __init__(self, name):
        self.name = name
registry = weakref.WeakKeyDictionary()
k1 = Key("one")
k2 = Key("two")
registry[k1] = "data 1"
registry[k2] = "data 2"
print(len(registry), registry[k1])
del k1
print(len(registry), [k.name for k in registry.keys()])
