# when an instance dies, its __del__ runs first, then its attributes are released in order
class P:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)
owner = P("owner")
owner.a = P("a")
owner.b = P("b")
owner.c = P("c")
owner.a = P("a2")
owner = None
print("end")
