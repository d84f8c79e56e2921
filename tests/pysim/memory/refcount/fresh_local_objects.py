# a fresh object bound to a local has count 2 inside the function; returning it keeps it alive
import sys
def make():
    lst = [1, 2, 3]
    print("inside", sys.getrefcount(lst))
    return lst
r = make()
print("outside", sys.getrefcount(r))
def make_two():
    a = {}
    b = a
    print("two names", sys.getrefcount(a))
    return a, b
p = make_two()
print(sys.getrefcount(p[0]), sys.getrefcount(p))
