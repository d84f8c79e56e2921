class D:
    def __init__(self, n): self.n = n
    def __del__(self): print('del', self.n)
def f():
    a = D('a')
    b = D('b')
    raise RuntimeError
try:
    f()
except RuntimeError as e:
    fr = e.__traceback__.tb_next.tb_frame
print('frame kept', sorted(fr.f_locals))
fr.clear()
print('cleared')
del fr
print('end')
