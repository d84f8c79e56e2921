# objects kept alive by the sys module die when sys is cleared, after sys.stdout is gone: nothing is printed
import sys, weakref
class A:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)
sys.keep = A("kept by sys")
a = A("global")
f1 = weakref.finalize(a, print, "finalize a at exit")
b = A("b")
f2 = weakref.finalize(b, print, "finalize b, atexit off")
f2.atexit = False
c = A("c")
r = weakref.ref(c, lambda r: print("callback c"))
print("end of program")
