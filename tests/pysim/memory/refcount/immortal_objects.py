# small ints, None, True, False, (), "" and interned strings are immortal in 3.12
import sys
for v in (0, 1, -5, 256, None, True, False, (), "", "x", "name", b""):
    print(repr(v), sys.getrefcount(v))
n = 255
print(sys.getrefcount(n + 1), sys.getrefcount(n + 2))
many = [None] * 1000
print(sys.getrefcount(None))
