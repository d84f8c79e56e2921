# a property returning a stored object gives the caller one more reference while it is held
import sys
class Holder:
    def __init__(self):
        self._data = [1, 2]
    @property
    def data(self):
        return self._data
h = Holder()
print(sys.getrefcount(h._data))
d = h.data
print(sys.getrefcount(d), d is h._data)
copies = [h.data for _ in range(3)]
print(sys.getrefcount(d))
