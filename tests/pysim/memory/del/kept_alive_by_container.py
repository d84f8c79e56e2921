# an object survives del of its name while a container or another object still refers to it
class R:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("del", self.n)
r = R("r")
box = [r]
del r
print("still in the box")
holder = R("holder")
holder.friend = box[0]
box.clear()
print("still a friend")
holder = None
print("end")
