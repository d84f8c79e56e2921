# None is a singleton: is None, functions without return give None
def nothing():
    pass
def early(flag):
    if flag:
        return
    return 1
r = nothing()
print(r, r is None, type(r).__name__)
print(early(True), early(False))
print(None == None, None is None, None == 0, None == "", None is not None)
x = None
print("x is None" if x is None else "x has value")
print([None, None], repr(None), str(None))
a = [1, 2]
b = a
c = list(a)
print(a is b, a is c, a == c, a is not c)
print(print("inner"))
