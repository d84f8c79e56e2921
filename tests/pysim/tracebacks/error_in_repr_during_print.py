# an error inside __repr__ while print formats a list
class Node:
    def __init__(self, value):
        self.value = value
    def __repr__(self):
        return "Node(" + self.value + ")"
print([Node("a"), Node("b")])
print([Node("c"), Node(1)])
