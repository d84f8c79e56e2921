# while an exception is being handled its traceback keeps the failed function's locals alive
class R:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)
def fail():
    r = R("local of fail")
    raise ValueError("boom")
try:
    fail()
except ValueError:
    print("in handler")
print("after handler")
def ok():
    r = R("local of ok")
    return 1
ok()
print("end")
