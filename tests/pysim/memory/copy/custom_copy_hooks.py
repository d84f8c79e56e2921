# __copy__ and __deepcopy__ decide what copy.copy and copy.deepcopy return
import copy
class Singleton:
    def __copy__(self):
        print("__copy__ called")
        return self
    def __deepcopy__(self, memo):
        print("__deepcopy__ called", type(memo).__name__)
        return self
s = Singleton()
print(copy.copy(s) is s)
print(copy.deepcopy(s) is s)
box = [s, s]
dup = copy.deepcopy(box)
print(dup[0] is s, dup is box)
