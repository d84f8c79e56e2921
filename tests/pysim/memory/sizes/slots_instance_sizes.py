# __slots__ instances have no __dict__; each slot adds 8 bytes
import sys
class S0:
    __slots__ = ()
class S1:
    __slots__ = ("a",)
class S2:
    __slots__ = ("a", "b")
class S3:
    __slots__ = ("a", "b", "c")
class Plain:
    pass
print(sys.getsizeof(S0()), sys.getsizeof(S1()), sys.getsizeof(S2()), sys.getsizeof(S3()), sys.getsizeof(Plain()))
s = S2()
s.a = [1, 2, 3]
print(sys.getsizeof(s), hasattr(s, "__dict__"))
