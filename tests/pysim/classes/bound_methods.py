# methods accessed through an instance are bound to it
class Greeter:
    def __init__(self, name):
        self.name = name
    def greet(self, other):
        return f"{self.name} greets {other}"
g = Greeter("Ann")
m = g.greet
print(m("Bob"))
print(m.__self__ is g, m.__func__ is Greeter.greet, m.__name__)
print(g.greet == g.greet, g.greet is g.greet)
g.name = "Changed"
print(m("Cy"))
unbound = Greeter.greet
print(unbound(g, "Dee"))
actions = [Greeter("x").greet, Greeter("y").greet]
print([a("z") for a in actions])
print(type(m).__name__, type(unbound).__name__)
lst = [3, 1, 2]
sorter = lst.sort
sorter()
print(lst)
