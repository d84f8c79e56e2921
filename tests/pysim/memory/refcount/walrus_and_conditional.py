# the walrus operator binds a name, adding a reference like any assignment
import sys
data = [1, 2]
if (n := data) is data:
    print(sys.getrefcount(data))
pick = data if n else None
print(sys.getrefcount(data))
vals = [y := data for _ in range(2)]
print(sys.getrefcount(data))
