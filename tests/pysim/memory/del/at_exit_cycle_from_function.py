# a cycle left behind by a function is collected by the first collection at exit, before __main__'s names
class A:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)
def make():
    a = A("in cycle 1")
    b = A("in cycle 2")
    a.b = b
    b.a = a
make()
g = A("global")
print("end of program")
