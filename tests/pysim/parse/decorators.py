def deco(fn):
    def wrapper(*a):
        return "<" + str(fn(*a)) + ">"
    return wrapper
def param(tag):
    return lambda fn: (lambda *a: tag + str(fn(*a)))
@deco
def one():
    return 1
@param("#")
@deco
def two(x):
    return x * 2
print(one(), two(3))
@deco
class C:
    pass
print(C.__name__, C.__qualname__)
