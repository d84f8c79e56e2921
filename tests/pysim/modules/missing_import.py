# using a module that was never imported: NameError suggests the import (uncaught)
def circle_area(r):
    return math.pi * r * r

try:
    print(circle_area(1))
except NameError as e:
    print(type(e).__name__, e)
print(circle_area(2))
