# an exception returned from its handler keeps the failed frame's locals alive, without a cycle
import gc
class R:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)
def returns_error():
    r = R("local of returns_error")
    try:
        raise ValueError("x")
    except ValueError as e:
        return e
def keeps_error():
    r = R("local of keeps_error")
    try:
        raise ValueError("y")
    except ValueError as e:
        keep = e
gc.collect()
err = returns_error()
print("returned")
err = None
print("dropped")
keeps_error()
print("returned again")
print("collected", gc.collect())
try:
    try:
        raise KeyError("a")
    except KeyError:
        raise ValueError("b")
except ValueError as e:
    print(type(e.__context__).__name__, e.__context__.__traceback__ is not None)
print(gc.collect())
