# base classes catch their subclasses: LookupError, ArithmeticError, Exception
for exc in [KeyError, IndexError, ZeroDivisionError, OverflowError, UnboundLocalError,
            RecursionError, NotImplementedError, ModuleNotFoundError, FileNotFoundError]:
    print(exc.__name__, [c.__name__ for c in exc.__mro__[1:]])
try:
    {}["x"]
except LookupError as e:
    print("LookupError caught", type(e).__name__)
try:
    10 % 0
except ArithmeticError as e:
    print("ArithmeticError caught", type(e).__name__)
print(issubclass(KeyError, LookupError), issubclass(KeyError, IndexError))
print(issubclass(Exception, BaseException), issubclass(KeyboardInterrupt, Exception))
print(issubclass(bool, int), isinstance(ValueError("x"), Exception))
print(StopIteration.__bases__, TypeError.__base__, BaseException.__base__)
