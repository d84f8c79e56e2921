class D:
    def __init__(self, n): self.n = n
    def __del__(self): print('del', self.n)
def f():
    p = D('p'); q = D('q')
    1/0
try:
    f()
except ZeroDivisionError as e:
    tb = e.__traceback__
fr = tb.tb_next.tb_frame
fr.f_locals
del tb
print('tb gone')
del fr
print('end')
