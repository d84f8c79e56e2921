# decorators wrap functions; stacking applies from the bottom up
def trace(fn):
    def wrapper(*args, **kwargs):
        print("calling", fn.__name__, args, kwargs)
        result = fn(*args, **kwargs)
        print("returned", result)
        return result
    return wrapper
@trace
def add(a, b):
    return a + b
add(2, b=3)
print(add.__name__)
def bold(fn):
    return lambda: "<b>" + fn() + "</b>"
def italic(fn):
    return lambda: "<i>" + fn() + "</i>"
@bold
@italic
def text():
    return "hi"
print(text())
def register(fn):
    registry.append(fn.__name__)
    return fn
registry = []
@register
def one():
    pass
@register
def two():
    pass
print(registry, one.__name__)
