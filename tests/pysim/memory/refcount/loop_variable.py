# a for loop's variable and the iterated list both hold references during the loop
import sys
x = [0]
items = [x, x]
for item in items:
    print(sys.getrefcount(x))
print(sys.getrefcount(x))
del item
print(sys.getrefcount(x))
for item in [x]:
    print(sys.getrefcount(x))
i = 0
while i < 2:
    held = x
    print(sys.getrefcount(x))
    i += 1
