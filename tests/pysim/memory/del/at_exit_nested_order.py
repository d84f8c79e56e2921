# at exit, objects held directly by globals go first, then what they hold, level by level
class A:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)
g = A("g")
g.child = A("g.child")
g.child.child = A("g.child.child")
k = [A("k0"), [A("k1.0")], A("k2")]
m = A("m")
g.other = A("g.other")
print("end of program")
