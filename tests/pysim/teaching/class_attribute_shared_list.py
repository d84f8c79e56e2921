# a mutable class attribute is shared by every instance
class Dog:
    tricks = []
    def __init__(self, name):
        self.name = name
    def add_trick(self, trick):
        self.tricks.append(trick)

a = Dog("rex")
b = Dog("fido")
a.add_trick("roll")
b.add_trick("sit")
print(a.tricks, b.tricks, a.tricks is b.tricks is Dog.tricks)
class Cat:
    def __init__(self, name):
        self.name = name
        self.tricks = []
c = Cat("tom")
d = Cat("kit")
c.tricks.append("purr")
print(c.tricks, d.tricks, c.tricks is d.tricks)
