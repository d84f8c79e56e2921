# the size of every empty built-in container and value
import sys
values = ("", b"", bytearray(), (), [], {}, set(), frozenset(), range(0), 0, 0.0, False, None)
for v in values:
    print(repr(v), sys.getsizeof(v))
print(sum(sys.getsizeof(v) for v in values))
