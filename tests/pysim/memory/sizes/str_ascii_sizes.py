# an ASCII string takes 40 bytes plus one per character plus a terminating zero
import sys
for s in ("", "a", "ab", "abc", "hello world", "x" * 100):
    print(len(s), sys.getsizeof(s))
n = 7
print(sys.getsizeof("ab" * n), sys.getsizeof(str(10 ** n)), sys.getsizeof("".join(["a", "b"])))
print(sys.getsizeof("abc".upper()), sys.getsizeof(repr("q")))
