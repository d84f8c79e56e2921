# getattr with a default, setattr, hasattr, delattr and vars() on an instance
class Box:
    size = 1
    def __init__(self):
        self.color = "red"

b = Box()
print(getattr(b, "color"), getattr(b, "size"), getattr(b, "weight", 0), hasattr(b, "color"), hasattr(b, "weight"))
setattr(b, "weight", 5)
setattr(b, "size", 2)
print(vars(b), b.weight, Box.size, b.size)
delattr(b, "size")
print(b.size, vars(b), "color" in vars(b))
vars(b)["extra"] = True
print(b.extra, getattr(b, "ext" + "ra"))
del b.color
print(hasattr(b, "color"), vars(b))
for action in (lambda: getattr(b, "nope"), lambda: delattr(b, "nope"), lambda: getattr(b, 5), lambda: vars(5)):
    try:
        print(action())
    except (AttributeError, TypeError) as e:
        print(type(e).__name__, e)
print(getattr("abc", "upper")(), getattr([], "nope", None), hasattr(1, "real"))
