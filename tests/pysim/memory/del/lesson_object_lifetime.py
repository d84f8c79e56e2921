# the life of an object: born when created, alive while referenced, gone with its last reference
import sys
class Tracked:
    def __init__(self, name):
        self.name = name
        print(f"born: {name}")
    def __del__(self):
        print(f"died: {self.name}")
a = Tracked("A")
b = a
print("refs to A:", sys.getrefcount(a) - 1)
del a
print("after del a, b still works:", b.name)
b = Tracked("B")
print("A died when b was rebound")
things = [Tracked("C"), Tracked("D")]
things = []
print("end of program")
