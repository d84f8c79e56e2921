# super() calls the parent implementation along a chain of classes
class Base:
    def __init__(self, x):
        print("Base.__init__")
        self.x = x
    def hello(self):
        return ["Base"]
class Middle(Base):
    def __init__(self, x, y):
        print("Middle.__init__")
        super().__init__(x)
        self.y = y
    def hello(self):
        return super().hello() + ["Middle"]
class Leaf(Middle):
    def __init__(self):
        print("Leaf.__init__")
        super().__init__(1, 2)
    def hello(self):
        return super().hello() + ["Leaf"]
obj = Leaf()
print(obj.x, obj.y, obj.hello())
class NoInit(Middle):
    pass
n = NoInit(5, 6)
print(vars(n))
print(super(Leaf, obj).hello())
