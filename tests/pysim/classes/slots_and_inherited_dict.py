# __slots__ in a subclass keeps the base's __dict__; a __dict__ slot is refused when there is one
import sys
class C: pass
class D(C):
    __slots__ = ('x',)
d = D()
d.x = 1
d.y = 2
print(d.__dict__, d.x, sys.getsizeof(d))
class E:
    __slots__ = ('a',)
e = E()
try:
    e.b = 1
except AttributeError as ex:
    print(ex)
class F(E):
    __slots__ = ('__dict__',)
f = F()
f.q = 3
print(f.__dict__, sys.getsizeof(f))
try:
    class G(C):
        __slots__ = ('__dict__',)
except TypeError as ex:
    print(ex)
