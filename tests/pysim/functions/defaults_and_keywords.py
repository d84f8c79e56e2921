# default parameter values and keyword arguments in any order
def greet(name, greeting="Hello", punct="!"):
    return f"{greeting}, {name}{punct}"
print(greet("Ann"))
print(greet("Ann", "Hi"))
print(greet("Ann", punct="?"))
print(greet(punct=".", name="Bob", greeting="Yo"))
print(greet("Cy", "Hey", "..."))
def power(base, exp=2):
    return base ** exp
print(power(3), power(3, 3), power(exp=0, base=9))
def describe(a, b=None, c=()):
    return (a, b, c)
print(describe(1), describe(1, c=[5]))
print(power.__defaults__, greet.__defaults__)
