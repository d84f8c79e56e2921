# a chain of method calls across two classes
class Engine:
    def __init__(self, fuel):
        self.fuel = fuel
    def start(self):
        return self.ignite(self.fuel)
    def ignite(self, fuel):
        return 100 // fuel
class Car:
    def __init__(self, fuel):
        self.engine = Engine(fuel)
    def drive(self):
        return "vroom " * self.engine.start()
print(Car(50).drive())
Car(0).drive()
