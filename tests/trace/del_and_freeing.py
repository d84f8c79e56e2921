# del removes a name; the object dies when its last reference goes.
class Tracked:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("freeing", self.name)

a = Tracked("first")
b = a
del a
print("a deleted")
del b
print("b deleted")
c = [Tracked("in a list")]
c = None
print("done")
