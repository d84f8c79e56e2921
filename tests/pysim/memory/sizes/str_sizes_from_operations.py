# the size of a string built at run time follows its widest character
import sys
a = "abc"
print(sys.getsizeof(a + "d"), sys.getsizeof(a + "é"), sys.getsizeof(a + "€"), sys.getsizeof(a + "😀"))
w = "a€"
print(sys.getsizeof(w[0]), sys.getsizeof(w[0:1]), sys.getsizeof(w[1:]))
print(sys.getsizeof("é".upper()), sys.getsizeof("ÉCOLE".lower()), sys.getsizeof(" ".join(["a", "b"])))
print(sys.getsizeof(str(2 ** 64)), sys.getsizeof(repr(1.5)), sys.getsizeof(f"{a}-{a}"))
print(sys.getsizeof(a.encode()), sys.getsizeof("é".encode()), sys.getsizeof("😀".encode()))
