# sys.getsizeof of built-in (static) types: sizeof(PyTypeObject) plus the GC header
import sys
for t in (int, str, list, object, type, dict, float, bool, tuple, range, Exception, ValueError, KeyError):
    print(t.__name__, sys.getsizeof(t), type.__sizeof__(t))
