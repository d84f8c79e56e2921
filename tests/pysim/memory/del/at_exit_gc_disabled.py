# with automatic collection disabled at exit, the first exit collection is skipped: objects are finalized
# in the order the collector's list had them
import gc
class A:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)
x = A("x")
y = [A("y0"), A("y1")]
z = A("z")
z.child = A("z.child")
gc.disable()
print("end of program")
