# removing dict entries frees their values, and dropping the dict frees the rest in order
class V:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("del", self.n)
d = {1: V("one"), 2: V("two"), 3: V("three"), 4: V("four")}
del d[2]
print("deleted key 2")
d.pop(1)
print("popped key 1")
d.popitem()
print("popped last item")
d[5] = V("five")
d = None
print("end")
