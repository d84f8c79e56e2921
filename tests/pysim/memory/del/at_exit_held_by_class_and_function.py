# at exit, objects held by class attributes and function defaults are finalized after plain globals
class A:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)
class Holder:
    attr = A("class attribute")
def f(x=A("default value")):
    return x
plain = A("plain global")
print("end of program")
