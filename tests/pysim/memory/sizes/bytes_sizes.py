# bytes take 33 bytes plus one per byte; the empty bytes is 33
import sys
for b in (b"", b"a", b"abc", bytes(10), bytes(100), b"xy" * 50):
    print(len(b), sys.getsizeof(b))
print(sys.getsizeof("abc".encode()), sys.getsizeof(bytes([1, 2, 3, 4])))
