# inside a function a parameter adds exactly one reference; locals add more
import sys
def count(a):
    return sys.getrefcount(a)
def count_with_local(a):
    b = a
    c = [a]
    return sys.getrefcount(a)
def nested(a):
    return count(a)
x = [1]
print(sys.getrefcount(x), count(x), count_with_local(x), nested(x))
print(sys.getrefcount(x))
print(count([]), count_with_local([]), nested([]))
