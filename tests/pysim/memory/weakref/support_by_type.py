# which objects can be weakly referenced: classes and instances of classes (unless __slots__ leaves no room),
# functions, methods, sets, modules, code objects; not lists, dicts, tuples, ints, strs or exceptions
import weakref, sys
class C:
    pass
def f():
    pass
objs = [
    ("object()", object()), ("instance", C()), ("class", C), ("builtin type", int), ("function", f),
    ("lambda", lambda: 0), ("builtin function", len), ("bound builtin", [].append),
    ("bound method", f.__get__(C())), ("code", f.__code__), ("set", set()), ("frozenset", frozenset()),
    ("generator expression", (x for x in [])), ("module", sys), ("list", []), ("dict", {}), ("tuple", ()),
    ("str", "s"), ("int", 1), ("float", 1.0), ("bytes", b""), ("bytearray", bytearray()), ("range", range(1)),
    ("slice", slice(1)), ("property", property()), ("staticmethod", staticmethod(f)),
    ("classmethod", classmethod(f)), ("method descriptor", list.append), ("slot wrapper", list.__add__),
    ("method-wrapper", [].__add__), ("mappingproxy", C.__dict__), ("super", super(C, C())),
    ("list iterator", iter([])), ("dict keys", {}.keys()), ("enumerate", enumerate([])), ("zip", zip()),
    ("map", map(f, [])), ("exception", ValueError()), ("None", None), ("bool", True), ("complex", 1j),
    ("a weak reference", weakref.ref(C)), ("the ref type", weakref.ref),
]
for name, o in objs:
    try:
        weakref.ref(o)
        print(name, "yes")
    except TypeError as e:
        print(name, "no:", e)
class I(int):
    pass
class T(tuple):
    pass
class B(bytes):
    pass
class L(list):
    pass
class S(str):
    pass
class E(Exception):
    pass
for cls in (I, T, B, L, S, E):
    try:
        weakref.ref(cls())
        print(cls.__name__, "yes", sys.getsizeof(cls()))
    except TypeError as e:
        print(cls.__name__, "no:", e)
class NoWeak:
    __slots__ = ("a",)
class Weak:
    __slots__ = ("a", "__weakref__")
class Sub(NoWeak):
    pass
print(sys.getsizeof(NoWeak()), sys.getsizeof(Weak()), sys.getsizeof(Sub()))
print(weakref.ref(Sub())() is None, Weak.__weakref__.__name__)
try:
    class X:
        __slots__ = ("__weakref__", "__weakref__")
except TypeError as e:
    print(e)
try:
    class Y(C):
        __slots__ = ("__weakref__",)
except TypeError as e:
    print(e)
try:
    class Z(int):
        __slots__ = ("__weakref__",)
except TypeError as e:
    print(e)
