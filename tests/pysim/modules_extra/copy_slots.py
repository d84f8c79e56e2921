# copying instances with __slots__: copyreg's __slotnames__ cache and the slot state
import copy

class Plain:
    def __init__(self):
        self.a = [1]

print("__slotnames__" in vars(Plain))
copy.copy(Plain())
print("__slotnames__" in vars(Plain), Plain.__slotnames__)

class Point:
    __slots__ = ("x", "y")
p = Point()
p.x = [1]
cp, dp = copy.copy(p), copy.deepcopy(p)
print(cp.x is p.x, dp.x is p.x, dp.x == p.x, hasattr(cp, "y"), Point.__slotnames__)

class Point3(Point):
    __slots__ = "z"
p3 = Point3()
p3.x, p3.y, p3.z = 1, 2, [3]
c3 = copy.deepcopy(p3)
print(c3.x, c3.y, c3.z, c3.z is p3.z, Point3.__slotnames__)

class Hybrid:
    __slots__ = ("s", "__dict__")
h = Hybrid()
h.s = "slot"
h.d = "dict"
ch = copy.copy(h)
print(ch.s, ch.d, vars(ch), Hybrid.__slotnames__)

class Empty:
    __slots__ = ()
e = Empty()
print(type(copy.copy(e)).__name__, copy.deepcopy(e) is e, Empty.__slotnames__)

class Stateful:
    __slots__ = ("v",)
    def __getstate__(self):
        return {"v": self.v * 2}
    def __setstate__(self, state):
        self.v = state["v"] + 1
st = Stateful()
st.v = 10
print(copy.copy(st).v, copy.deepcopy(st).v)
