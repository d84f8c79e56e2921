# __getnewargs_ex__: keyword arguments for __new__ when copying, and the checks on what it returns
import copy
class KW:
    def __new__(cls, a, *, b):
        print("new", a, b)
        o = super().__new__(cls); o.a = a; o.b = b; return o
    def __getnewargs_ex__(self):
        return ((self.a,), {"b": self.b})
k = KW(1, b=[2])
c = copy.copy(k); d = copy.deepcopy(k)
print(c.a, c.b is k.b, d.b is k.b, d.b)
class Bad1:
    def __getnewargs_ex__(self): return [1]
class Bad2:
    def __getnewargs_ex__(self): return (1, 2, 3)
class Bad3:
    def __getnewargs_ex__(self): return ([1], {})
class Bad4:
    def __getnewargs_ex__(self): return ((1,), [])
for cls in (Bad1, Bad2, Bad3, Bad4):
    try:
        copy.copy(cls())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
class Empty:
    def __new__(cls, *a):
        print("new args", a); return super().__new__(cls)
    def __getnewargs_ex__(self): return ((), {})
copy.copy(Empty())
