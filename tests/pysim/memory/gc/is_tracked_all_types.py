# which objects the cycle collector tracks: containers and anything that may refer to them
import gc, sys
class A:
    pass
class S:
    __slots__ = ("a",)
def f():
    pass
x = 5
objs = [
    ("int", 5), ("float", 1.5), ("complex", 1j), ("str", "s"), ("bytes", b"b"), ("None", None),
    ("bool", True), ("Ellipsis", ...), ("NotImplemented", NotImplemented), ("big int", 10 ** 40),
    ("()", ()), ("tuple of atoms", (x, "a")), ("list", [x]), ("{}", {}), ("dict of atoms", {"a": x}),
    ("dict with a list", {"a": []}), ("set", {x}), ("frozenset", frozenset([x])), ("frozenset()", frozenset()),
    ("range", range(3)), ("slice", slice(1, 2)), ("bytearray", bytearray(b"x")),
    ("function", f), ("lambda", lambda: 0), ("class", A), ("instance", A()), ("slots instance", S()),
    ("builtin function", len), ("bound builtin", [].append), ("bound method", f.__get__(A())),
    ("module", sys), ("builtin type", int), ("generator expression", (i for i in ())),
    ("list iterator", iter([x])), ("tuple iterator", iter((x,))), ("dict keys", {}.keys()),
    ("dict iterator", iter({})), ("set iterator", iter({x})), ("range iterator", iter(range(2))),
    ("str iterator", iter("ab")), ("enumerate", enumerate([])), ("zip", zip()), ("map", map(f, [])),
    ("filter", filter(None, [])), ("reversed", reversed([1])), ("property", property()),
    ("staticmethod", staticmethod(f)), ("classmethod", classmethod(f)), ("super", super(A, A())),
    ("exception", ValueError("x")), ("code", f.__code__), ("mappingproxy", A.__dict__),
    ("method descriptor", list.append), ("slot wrapper", list.__add__), ("method-wrapper", [].__add__),
    ("getset descriptor", type(f).__dict__["__code__"]), ("member descriptor", S.__dict__["a"]),
    ("struct sequence", sys.version_info),
]
for name, o in objs:
    print(name, gc.is_tracked(o))
