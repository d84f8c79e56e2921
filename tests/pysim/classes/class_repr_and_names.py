# reprs of classes, nested classes and qualified names
class Outer:
    class Inner:
        pass
    def method(self):
        pass
print(Outer, Outer.Inner)
print(Outer.__name__, Outer.Inner.__name__, Outer.Inner.__qualname__)
print(Outer.method.__qualname__, Outer.__module__)
print(repr(int), repr(ValueError), str(Outer))
print(type(Outer()).__name__, type(Outer.Inner()).__qualname__)
def factory():
    class Local:
        pass
    return Local
print(factory().__qualname__, factory())
print(isinstance(Outer, type), type(Outer) is type)
