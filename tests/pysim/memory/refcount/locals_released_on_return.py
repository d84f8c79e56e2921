# a function's locals release their objects when it returns; the caller's count goes back down
import sys
shared = []
def hold_three(x):
    a = x
    b = x
    c = [x]
    print("inside", sys.getrefcount(x))
    return len(c)
print(sys.getrefcount(shared))
hold_three(shared)
print(sys.getrefcount(shared))
def nested_call(x):
    return hold_three(x)
nested_call(shared)
print(sys.getrefcount(shared))
