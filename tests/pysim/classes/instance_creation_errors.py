# errors from creating instances: wrong arguments, bad __init__ returns
class NoInit:
    pass
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
class ReturnsValue:
    def __init__(self):
        return 5
class ForgotSelf:
    def method():
        return "no self"
tests = [lambda: NoInit(1), lambda: NoInit(a=1), lambda: Point(1),
         lambda: Point(1, 2, 3), lambda: Point(1, z=2), lambda: ReturnsValue(),
         lambda: ForgotSelf().method()]
for t in tests:
    try:
        t()
    except TypeError as e:
        print(e)
print(ForgotSelf.method())
