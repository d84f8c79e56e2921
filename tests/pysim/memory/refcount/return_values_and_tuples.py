# returning several values builds a tuple holding each; unpacking moves them to names
import sys
item = []
def pair():
    return item, item
p = pair()
print(sys.getrefcount(item))
a, b = pair()
print(sys.getrefcount(item))
del p
print(sys.getrefcount(item))
def ident(o):
    return o
c = ident(item)
print(sys.getrefcount(item))
