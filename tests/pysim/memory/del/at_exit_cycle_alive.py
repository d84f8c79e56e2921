# a cycle still reachable from a global at exit is finalized at exit like any other object
class A:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)
left = A("left")
right = A("right")
left.peer = right
right.peer = left
solo = A("solo")
print("end of program")
