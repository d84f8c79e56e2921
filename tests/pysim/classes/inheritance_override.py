# subclasses inherit methods, override some and extend others
class Animal:
    sound = "..."
    def __init__(self, name):
        self.name = name
    def speak(self):
        return f"{self.name} says {self.sound}"
    def describe(self):
        return f"{type(self).__name__}: {self.speak()}"
class Cat(Animal):
    sound = "meow"
class Dog(Animal):
    def speak(self):
        return Animal.speak(self).upper()
class Puppy(Dog):
    sound = "yip"
for a in [Animal("generic"), Cat("Tom"), Dog("Rex"), Puppy("Bit")]:
    print(a.describe())
print(issubclass(Puppy, Animal), issubclass(Cat, Dog), isinstance(Puppy("p"), Dog))
print(Puppy.__bases__, Puppy.__mro__)
print(Animal.__bases__)
