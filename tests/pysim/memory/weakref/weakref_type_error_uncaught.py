# weak references to ints are refused; uncaught, this ends the program
import weakref
class Box:
    pass
b = Box()
print(weakref.ref(b)() is b)
n = 1000
weakref.ref(n)
