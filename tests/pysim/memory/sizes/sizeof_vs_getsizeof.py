# getsizeof adds the 16-byte collector header to __sizeof__ for tracked objects (and 16 more for instances)
import sys
for v in (0, 1.5, "", "abc", b"", (), (1, 2), [], [1], {}, set(), None):
    print(type(v).__name__, v.__sizeof__(), sys.getsizeof(v))
class Plain:
    pass
class Custom:
    def __sizeof__(self):
        return 100
p = Plain()
print(p.__sizeof__(), sys.getsizeof(p), sys.getsizeof(Custom()))
