# at exit, list items are reached last to first, dict values first to last
class A:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)
solo = A("solo")
lst = [A("l0"), A("l1"), A("l2")]
d = {"x": A("dx"), "y": A("dy")}
t = (A("t0"), A("t1"))
last = A("last")
print("end of program")
