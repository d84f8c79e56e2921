# live objects are still finalized after an uncaught exception ends the program
class A:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)
keep = A("global")
def fail():
    local = A("local")
    return 1 / 0
print("before")
fail()
print("never printed")
