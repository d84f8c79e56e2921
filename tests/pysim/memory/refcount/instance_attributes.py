# instance and class attributes hold references; reading an attribute does not add one
import sys
shared = []
class Box:
    kind = shared
    def __init__(self, item):
        self.item = item
b = Box(shared)
print(sys.getrefcount(shared))
c = Box(shared)
print(sys.getrefcount(shared))
v = b.item
print(sys.getrefcount(shared))
b.item = None
del v
print(sys.getrefcount(shared))
del Box.kind
print(sys.getrefcount(shared), sys.getrefcount(c))
