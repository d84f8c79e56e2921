# atomic objects are never tracked by the cycle collector
import gc
for v in (1, 10 ** 30, 1.5, "text", b"bytes", None, True, range(3)):
    print(repr(v), gc.is_tracked(v))
print(gc.is_tracked(bytearray(b"x")), gc.is_tracked(frozenset()), gc.is_tracked(set()))
