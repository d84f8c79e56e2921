# parameters, locals and globals with the same name stay separate
value = 1
def f(value):
    value = value + 100
    return value
def g():
    value = 2
    def h():
        return value
    return h()
def k():
    global value
    value = value * 10
    return value
print(f(5), value)
print(g(), value)
print(k(), value)
print(f(value), value)
