# assignment inside a function creates a local that shadows the global
x = "global"
def f():
    x = "local"
    print("in f:", x)
def g():
    print("in g:", x)
f()
g()
print("module:", x)
items = [1, 2]
def mutate():
    items.append(3)
def rebind():
    items = [0]
    return items
mutate()
print(rebind(), items)
def param_shadow(x):
    x = x * 2
    return x
print(param_shadow(5), x)
