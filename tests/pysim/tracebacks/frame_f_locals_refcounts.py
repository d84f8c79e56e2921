import sys, gc
class D:
    def __init__(self, n): self.n = n
    def __del__(self): print('del', self.n)
def f():
    a = D('a'); b = [1, 2]; c = 1000
    def inner(): return a
    del c
    raise ValueError
try:
    f()
except ValueError as e:
    fr = e.__traceback__.tb_next.tb_frame
    del e
b = fr.f_locals['b']
print(sys.getrefcount(b), sorted(fr.f_locals), fr.f_locals is fr.f_locals)
loc = fr.f_locals
print(sys.getrefcount(b), sys.getrefcount(loc), type(loc).__name__, sys.getsizeof(loc))
fr.clear()
print(sys.getrefcount(b), sorted(fr.f_locals))
print(sorted(loc))
del loc
print(gc.collect())
del fr
print(gc.collect())
print('end')
