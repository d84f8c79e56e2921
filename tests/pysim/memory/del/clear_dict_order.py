# clearing a dict frees its values in insertion order
class V:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("del", self.n)
d = {"x": V("x"), "y": V("y"), "z": V("z")}
d["a"] = V("a")
d.clear()
print("cleared")
d = {"k": V("old")}
d["k"] = V("new")
print("replaced")
d = {}
print("end")
