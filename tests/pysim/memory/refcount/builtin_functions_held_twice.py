# A builtin function is held by the builtins dict and by the copy of it
# CPython makes at startup (interp->builtins_copy), so sys.getrefcount(len)
# is 3; builtin types, None and the exception classes are immortal.
import sys
print(sys.getrefcount(len), sys.getrefcount(id), sys.getrefcount(isinstance))
f = len
print(sys.getrefcount(len))
table = [sorted, sorted, sorted]
print(sys.getrefcount(sorted))
del f, table
print(sys.getrefcount(len), sys.getrefcount(sorted))
print(sys.getrefcount(int), sys.getrefcount(ValueError), sys.getrefcount(None))
def count(fn):
    return sys.getrefcount(fn)
print(count(abs), count(max))
print(sys.getrefcount(exit), sys.getrefcount(help))
