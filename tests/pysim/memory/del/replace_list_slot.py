# overwriting a list slot releases the old item after the new one is stored
class I:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("del", self.n)
slots = [I(0), I(1)]
slots[0] = I(2)
print("replaced slot 0")
slots[1] = None
print("slot 1 cleared")
slots[0:1] = [I(3), I(4)]
print("slice assigned")
slots.remove(slots[1])
print("end")
