# defining a class with __init__ and methods; instances hold their own state
class Dog:
    def __init__(self, name, age):
        self.name = name
        self.age = age
    def bark(self):
        return f"{self.name} says woof"
    def birthday(self):
        self.age += 1
        return self.age
rex = Dog("Rex", 3)
fido = Dog("Fido", 5)
print(rex.bark(), fido.bark())
print(rex.birthday(), rex.age, fido.age)
print(Dog.bark(fido))
print(type(rex).__name__, isinstance(rex, Dog), rex.__class__ is Dog)
print(Dog, type(Dog))
rex.owner = "Sam"
print(rex.owner, hasattr(fido, "owner"))
