# __del__ runs the moment the last reference goes away, not when a name is deleted
class Res:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("closing", self.name)
a = Res("a")
b = a
print("deleting the name a")
del a
print("deleting the name b")
del b
print("after")
