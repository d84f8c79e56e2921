# a function that rebinds a global frees the old global's object right there
class A:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)
current = A("v1")
def update(name):
    global current
    print("updating to", name)
    current = A(name)
    print("updated")
update("v2")
update("v3")
print("end of program")
