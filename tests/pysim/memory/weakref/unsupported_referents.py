# built-in lists, dicts, ints, strs and tuples cannot be weakly referenced; subclasses can
import weakref
for v in ([], {}, 1, "s", (1,), None):
    try:
        weakref.ref(v)
        print(type(v).__name__, "ok")
    except TypeError as e:
        print(type(e).__name__, e)
class MyList(list):
    pass
ml = MyList()
print(weakref.ref(ml)() is ml)
def f():
    pass
print(weakref.ref(f)() is f, weakref.ref(set())() is None)
