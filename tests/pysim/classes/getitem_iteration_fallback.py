# with only __getitem__, iteration and `in` use indexes 0, 1, 2... until IndexError
class Squares:
    def __init__(self, n):
        self.n = n
    def __getitem__(self, i):
        print("getitem", i)
        if i >= self.n:
            raise IndexError(i)
        return i * i
sq = Squares(3)
for v in sq:
    print("got", v)
print(list(Squares(2)))
print(4 in Squares(5))
class Keyed:
    def __getitem__(self, key):
        return f"value for {key!r}"
k = Keyed()
print(k["a"], k[1, 2], k[1:3], k[::2])
try:
    len(k)
except TypeError as e:
    print(e)
