# object(): the base of every class; plain object() instances take no attributes
o = object()
print(type(o), type(o).__name__, isinstance(o, object), isinstance(5, object), o == o, o is o, o != object())
print(object.__name__, issubclass(type, object), isinstance(object, type), str(o) == repr(o))
class Point:
    pass
p = Point()
p.x = 1
print(p.x, isinstance(p, object), Point.__mro__)
try:
    o.x = 1
except AttributeError as e:
    print(type(e).__name__, e)
try:
    print(o.x)
except AttributeError as e:
    print(type(e).__name__, e)
sentinel = object()
def lookup(d, k, default=sentinel):
    return "missing" if d.get(k, sentinel) is sentinel else d[k]
print(lookup({"a": None}, "a"), lookup({}, "a"))
