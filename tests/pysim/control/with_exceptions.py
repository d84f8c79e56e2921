# with and exceptions: __exit__ sees the exception (and sys.exc_info), and a true result suppresses it
import sys
class CM:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    def __enter__(self):
        print("enter", self.name)
        return self
    def __exit__(self, t, v, tb):
        print("exit", self.name, t.__name__ if t else None, v, tb is not None, sys.exc_info()[1] is v)
        return self.suppress
with CM("quiet", True):
    raise ValueError("swallowed")
print("after quiet")
try:
    with CM("loud"):
        1 / 0
except ZeroDivisionError as e:
    print("caught", e, sys.exc_info()[0].__name__)
print(sys.exc_info(), sys.exception())
def f():
    with CM("in f", True):
        return [][1]
print(f())
class Failing:
    def __enter__(self):
        return self
    def __exit__(self, *args):
        raise KeyError("from exit")
try:
    with Failing():
        raise ValueError("original")
except KeyError as e:
    print(repr(e), repr(e.__context__))
with CM("last"):
    {}["missing"]
