# closures and default arguments keep objects alive as long as the function lives
class A:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)
def make():
    captured = A("captured")
    def inner():
        return captured.name
    return inner
fn = make()
print("made", fn())
def f(x=A("default")):
    return x.name
print("defined", f())
del fn
print("closure gone")
del f
print("end")
