# an exception's __traceback__ is a chain of traceback objects, each holding a frame object
import gc, sys
def fail():
    x = [1, 2]
    raise KeyError("k")
try:
    fail()
except KeyError as e:
    tb = e.__traceback__
    print(type(tb).__name__, tb.tb_lineno, tb.tb_next.tb_lineno, tb.tb_next.tb_next)
    fr = tb.tb_next.tb_frame
    print(type(fr).__name__, fr.f_lineno, fr.f_code.co_name, fr.f_back is tb.tb_frame)
    print(gc.is_tracked(tb), gc.is_tracked(fr), gc.is_tracked(tb.tb_frame))
    print(sys.getsizeof(tb))
    saved = e
print(saved.__traceback__ is not None)
del saved
print(gc.collect())
e2 = ValueError("never raised")
print(e2.__traceback__)
