# AttributeError messages for instances, classes and built-in objects
class Robot:
    def __init__(self):
        self.name = "R2"
    def beep(self):
        return "beep"
r = Robot()
for expr in [lambda: r.nmae, lambda: r.boop(), lambda: Robot.name,
             lambda: (1).real_part, lambda: "s".push, lambda: [].add,
             lambda: None.value, lambda: {}.append]:
    try:
        expr()
    except AttributeError as e:
        print(e)
try:
    r.beep = 5
    r.beep()
except TypeError as e:
    print("TypeError:", e)
try:
    (1).x = 2
except AttributeError as e:
    print(e)
try:
    del r.missing
except AttributeError as e:
    print(e)
