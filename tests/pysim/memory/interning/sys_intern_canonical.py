# sys.intern returns the one canonical copy; equal interned strings are identical
import sys
a = "hello"
b = "".join(["hel", "lo"])
print(a is b, a is sys.intern(b), sys.intern(b) is sys.intern(b))
x = "".join(["not an ", "identifier!"])
y = "".join(["not an identifier", "!"])
print(x is y, sys.intern(x) is sys.intern(y))
ix = sys.intern(x)
print(ix is x, sys.intern(y) is x)
