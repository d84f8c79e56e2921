# a closure keeps the captured object alive through a cell; the cell holds one reference
import sys
def outer():
    data = [1, 2]
    print("in outer", sys.getrefcount(data))
    def inner():
        return sys.getrefcount(data)
    return inner
fn = outer()
print(fn(), fn.__closure__[0].cell_contents)
held = fn.__closure__[0].cell_contents
print(fn(), sys.getrefcount(held))
fn2 = outer()
print(fn2.__closure__[0].cell_contents is held)
