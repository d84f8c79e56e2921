# a dict that dies releases its values in insertion order; a re-inserted key moves to the end
class V:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("del", self.n)
d = {}
d["first"] = V("first")
d["second"] = V("second")
d["third"] = V("third")
moved = d.pop("first")
d["first"] = moved
del moved
d = None
print("end")
