# __str__ without __repr__, and __str__/__repr__ returning the wrong type
class Named:
    def __init__(self, name):
        self.name = name
    def __str__(self):
        return "Named " + self.name
n = Named("x")
print(n, str(n), "{}".format(n))
print(repr(n).startswith("<__main__.Named object at 0x"))
class BadStr:
    def __str__(self):
        return 42
class BadRepr:
    def __repr__(self):
        return None
try:
    print(BadStr())
except TypeError as e:
    print("TypeError:", e)
try:
    repr(BadRepr())
except TypeError as e:
    print("TypeError:", e)
try:
    str([BadRepr()])
except TypeError as e:
    print("TypeError:", e)
