# a cycle made of a function's locals outlives the call until the collector runs
import gc
class Node:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)
def make_cycle():
    a = Node("a")
    b = Node("b")
    a.b = b
    b.a = a
    print("leaving")
def no_cycle():
    c = Node("c")
    print("leaving")
gc.collect()
make_cycle()
no_cycle()
print("collect:", gc.collect())
