# a local object dies when its function returns, unless it is returned or stored
class Res:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)
def use():
    r = Res("local")
    print("using", r.name)
def make():
    r = Res("returned")
    return r
keep = []
def store():
    keep.append(Res("stored"))
use()
print("after use")
m = make()
print("after make")
store()
print("after store")
del m
keep.pop()
print("end")
