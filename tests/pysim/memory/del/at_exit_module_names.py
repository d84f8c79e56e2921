# names of modules other than __main__ still alive at exit are cleared too: underscore names first
import gc, weakref
class A:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)
gc._private = A("gc._private")
gc.public = A("gc.public")
weakref.stored = A("weakref.stored")
x = A("x")
print("end of program")
