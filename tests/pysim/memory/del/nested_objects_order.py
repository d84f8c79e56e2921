# an outer object's __del__ runs before the objects it owns are released
class Node:
    def __init__(self, name, child=None):
        self.name = name
        self.child = child
    def __del__(self):
        print("del", self.name)
chain = Node("top", Node("middle", Node("bottom")))
chain = None
print("--")
tree = Node("root")
tree.kids = [Node("k1"), Node("k2")]
tree = None
print("end")
