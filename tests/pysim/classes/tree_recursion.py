# a binary search tree built from objects, walked recursively
class Tree:
    def __init__(self, key):
        self.key = key
        self.left = None
        self.right = None
    def insert(self, key):
        side = "left" if key < self.key else "right"
        child = getattr(self, side)
        if child is None:
            setattr(self, side, Tree(key))
        else:
            child.insert(key)
    def inorder(self):
        out = []
        if self.left:
            out += self.left.inorder()
        out.append(self.key)
        if self.right:
            out += self.right.inorder()
        return out
    def height(self):
        return 1 + max(self.left.height() if self.left else 0,
                       self.right.height() if self.right else 0)
root = Tree(50)
for k in [30, 70, 20, 40, 60, 80, 35]:
    root.insert(k)
print(root.inorder(), root.height())
print(root.left.right.left.key, root.right.left.left)
