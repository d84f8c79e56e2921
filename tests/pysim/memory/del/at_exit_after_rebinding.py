# at exit the order follows the global's first definition, not when its current object was made
class A:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)
a = A("a1")
b = A("b")
a = A("a2")
c = A("c")
b = A("b2")
print("end of program")
