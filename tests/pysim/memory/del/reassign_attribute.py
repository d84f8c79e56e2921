# reassigning or deleting an attribute releases the object it held
class Part:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)
class Machine:
    pass
m = Machine()
m.engine = Part("engine 1")
m.engine = Part("engine 2")
print("reassigned")
m.wheel = Part("wheel")
del m.wheel
print("deleted attribute")
m = None
print("end")
