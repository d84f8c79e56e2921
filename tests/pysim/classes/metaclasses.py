# metaclasses: __new__, __init__, __call__, __prepare__, keywords, conflicts and plain callables
class Meta(type):
    def __new__(mcs, name, bases, ns, **kw):
        print("Meta.__new__", mcs.__name__, name, [b.__name__ for b in bases], sorted(k for k in ns if not k.startswith("__")), kw)
        cls = super().__new__(mcs, name, bases, ns)
        cls.tag = name.lower()
        return cls
    def __init__(cls, name, bases, ns, **kw):
        print("Meta.__init__", name)
        super().__init__(name, bases, ns)
    def __call__(cls, *a, **k):
        print("Meta.__call__", cls.__name__, a)
        return super().__call__(*a, **k)
    def describe(cls):
        return f"class {cls.__name__} tagged {cls.tag}"
class A(metaclass=Meta):
    x = 1
    def __init__(self, v):
        self.v = v
class B(A, flag=True):
    @classmethod
    def __init_subclass__(cls, **kw):
        print("init_subclass", cls.__name__, kw)
    def m(self): pass
class C(B, extra=3):
    pass
b = B(5)
print(type(A).__name__, type(B) is Meta, B.tag, B.describe(), b.v, isinstance(b, A))
print(Meta.__mro__)
class Other(type): pass
class D(metaclass=Other): pass
try:
    class E(A, D): pass
except TypeError as e:
    print(e)
def factory(name, bases, ns):
    print("factory", name, sorted(ns))
    return 42
class F(metaclass=factory):
    y = 2
print(F)
class Counting(type):
    @classmethod
    def __prepare__(mcs, name, bases, **kw):
        print("prepare", name)
        return {"preset": 1}
class G(metaclass=Counting):
    pass
print(G.preset, type(G).__name__)
X = Meta("X", (), {"q": 9})
print(X.q, X.tag, type(X).__name__)
print(repr(Meta), repr(A))
