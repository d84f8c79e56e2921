# an object in a cycle outlives every name pointing to it until the collector runs
import gc
class Tracker:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)
gc.collect()
plain = Tracker("plain")
cyclic = Tracker("cyclic")
cyclic.self_ref = cyclic
del plain
del cyclic
print("both names deleted")
print("collect:", gc.collect())
print("end")
