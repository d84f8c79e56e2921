# rebinding a name drops the old object: it dies after the new value is made
class Res:
    def __init__(self, name):
        self.name = name
        print("open", name)
    def __del__(self):
        print("close", self.name)
x = Res("first")
x = Res("second")
x = None
print("done")
