# staticmethod, classmethod and property called as plain built-ins rather than as decorators
class Temperature:
    def __init__(self, celsius):
        self._c = celsius
    def get_f(self):
        return self._c * 9 / 5 + 32
    def set_f(self, value):
        self._c = (value - 32) * 5 / 9
    fahrenheit = property(get_f, set_f)
    celsius = property(lambda self: self._c)
    def make(cls, c):
        return cls(c)
    make = classmethod(make)
    def unit():
        return "degrees"
    unit = staticmethod(unit)

t = Temperature(100)
print(t.fahrenheit, t.celsius, Temperature.make(0).fahrenheit, Temperature.unit(), t.unit())
t.fahrenheit = 32
print(t.celsius, t.fahrenheit, type(Temperature.__dict__["fahrenheit"]).__name__)
print(type(Temperature.__dict__["make"]).__name__, type(Temperature.__dict__["unit"]).__name__)
print(isinstance(Temperature.fahrenheit, property), Temperature.make(5).celsius)
try:
    t.celsius = 5
except AttributeError as e:
    print(type(e).__name__, e)
try:
    del t.fahrenheit
except AttributeError as e:
    print(type(e).__name__, e)
