# swapping names or assigning a name to itself never frees anything
class A:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)
a = A("a")
b = A("b")
a, b = b, a
print("swapped", a.name, b.name)
a = a
print("self-assigned")
a = b
print("a now", a.name)
b = None
a = None
print("end")
