# unexpected keyword argument in a method call
class Greeter:
    def greet(self, name, punctuation="!"):
        return "Hello " + name + punctuation
g = Greeter()
print(g.greet("Ann", punctuation="?"))
print(g.greet(name="Bob", excl="!!"))
