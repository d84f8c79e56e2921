# python3.12 holds each function of sys once more than sys's namespace
# does, like the builtins; gc's functions have no such reference.
import sys
import gc
print(sys.getrefcount(sys.getrefcount))
print(sys.getrefcount(sys.getsizeof), sys.getrefcount(sys.intern), sys.getrefcount(sys.exit))
f = sys.getrefcount
print(sys.getrefcount(f))
print(sys.getrefcount(len), sys.getrefcount(gc.collect))
