# Sizes that changed in 3.12 or that exceptions with fields of their own
# have: range iterators are 40 bytes (no index field any more), a property
# 80, StopIteration and SystemExit carry value/code, OSError five fields.
import sys
print(sys.getsizeof(iter(range(3))), sys.getsizeof(iter(range(10 ** 20))), sys.getsizeof(reversed(range(3))))
print(sys.getsizeof(iter([])), sys.getsizeof(iter(())), sys.getsizeof(iter("")), sys.getsizeof(iter({})))
print(sys.getsizeof(property()), sys.getsizeof(staticmethod(len)), sys.getsizeof(classmethod(len)))
for e in (BaseException, Exception, SystemExit, StopIteration, AttributeError,
          ImportError, ModuleNotFoundError, NameError, UnboundLocalError,
          OSError, FileNotFoundError, SyntaxError, KeyError, ValueError):
    print(e.__name__, e.__basicsize__, sys.getsizeof(e()))
print(UnicodeError.__basicsize__, UnicodeDecodeError.__basicsize__, UnicodeTranslateError.__basicsize__)
it = iter(range(5))
print(next(it), sys.getsizeof(it))
class Temp:
    @property
    def c(self):
        return 1
print(sys.getsizeof(Temp.__dict__["c"]))
