# type.__basicsize__ and __itemsize__: the struct sizes sys.getsizeof
# starts from (plus the GC header, and items for variable-size types).
import sys
class Plain: pass
class TwoSlots:
    __slots__ = ("a", "b")
class WeakSlot:
    __slots__ = ("__weakref__",)
class NoSlots:
    __slots__ = ()
class MyDict(dict): pass
class MyInt(int): pass
class MyStr(str): pass
class MyExc(Exception): pass
class Meta(type): pass
for t in (int, bool, float, complex, str, bytes, bytearray, list, tuple, dict,
          set, frozenset, object, type, range, slice, type(None), type(len),
          type(lambda: 0), property, staticmethod, classmethod, BaseException,
          Plain, TwoSlots, WeakSlot, NoSlots, MyDict, MyInt, MyStr, MyExc, Meta):
    print(t.__name__, t.__basicsize__, t.__itemsize__)
print(sys.getsizeof(TwoSlots()) - TwoSlots.__basicsize__)
print(sys.getsizeof((1, 2, 3)) - tuple.__basicsize__ - 3 * tuple.__itemsize__)
