# a Latin-1 string takes 56 + len + 1 bytes; cached one-character ones also carry a UTF-8 copy
import sys
for s in ("é", "aé", "café", "naïve façade", "ÿ" * 10):
    print(len(s), sys.getsizeof(s))
print(sys.getsizeof(chr(0xf1)), sys.getsizeof(chr(0x80)), sys.getsizeof("aé"[1]), sys.getsizeof("aé"[0]))
print(sys.getsizeof("é" * 2), sys.getsizeof("é" + "é"))
