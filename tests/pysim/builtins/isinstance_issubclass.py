# isinstance and issubclass with classes, built-in types, tuples and bool-is-int
class Animal:
    pass

class Dog(Animal):
    pass

d = Dog()
print(isinstance(d, Dog), isinstance(d, Animal), isinstance(d, object), isinstance(Animal(), Dog))
print(isinstance(1, int), isinstance(True, int), isinstance(1.0, int), isinstance(1, (str, float, int)))
print(isinstance([], (list, tuple)), isinstance((), (list, (dict, tuple))), isinstance(None, type(None)))
print(issubclass(Dog, Animal), issubclass(Animal, Dog), issubclass(Dog, Dog), issubclass(bool, int), issubclass(int, object))
print(issubclass(Dog, (str, Animal)), isinstance(Dog, type), isinstance(int, type), type(d) is Dog, type(d) == Animal)
print(isinstance("s", str), isinstance(b"s", str), isinstance(range(2), list), isinstance({}, dict))
for bad in (lambda: isinstance(1, "int"), lambda: issubclass(d, Animal), lambda: isinstance(1, [int])):
    try:
        print(bad())
    except TypeError as e:
        print(type(e).__name__, e)
