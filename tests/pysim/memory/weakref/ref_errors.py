# argument errors of weakref.ref, weakref.proxy and calling a reference
import weakref
class C:
    pass
c = C()
def attempt(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
attempt(lambda: weakref.ref())
attempt(lambda: weakref.ref(c, None, 3))
attempt(lambda: weakref.ref(c, callback=None))
attempt(lambda: weakref.ref(c)(1))
attempt(lambda: weakref.ref(c)(x=1))
attempt(lambda: weakref.proxy())
attempt(lambda: weakref.proxy(c, None, 1))
attempt(lambda: weakref.proxy(c, callback=None))
attempt(lambda: weakref.proxy(1))
attempt(lambda: weakref.getweakrefcount(1))
attempt(lambda: weakref.getweakrefs(1))
attempt(lambda: weakref.ref(c) < weakref.ref(c))
attempt(lambda: weakref.ref(c) == weakref.ref(c))
attempt(lambda: hash(weakref.proxy(c)))
