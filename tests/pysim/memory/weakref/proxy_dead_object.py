# a weakref.proxy forwards to the object; using it after the object died raises ReferenceError
import weakref
class Obj:
    def __init__(self):
        self.value = 42
o = Obj()
p = weakref.proxy(o)
print(p.value)
p.value = 7
print(o.value)
del o
try:
    p.value
except ReferenceError as e:
    print(type(e).__name__, e)
print(p.value)
