# when a list or tuple dies its items are released from the last to the first
class N:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("del", self.n)
lst = [N(1), N(2), N(3)]
lst = None
print("--")
t = (N("a"), N("b"), N("c"))
del t
print("--")
lst = [N(4), N(5), N(6)]
lst.clear()
print("--")
lst = [N(7), N(8), N(9)]
del lst[:]
print("--")
lst = [N(10), N(11)]
lst *= 0
print("end")
