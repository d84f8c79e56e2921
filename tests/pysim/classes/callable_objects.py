# __call__ makes instances callable like functions
class Multiplier:
    def __init__(self, k):
        self.k = k
        self.calls = 0
    def __call__(self, x, *, extra=0):
        self.calls += 1
        return x * self.k + extra
double = Multiplier(2)
print(double(5), double(7, extra=1), double.calls)
print(callable(double), callable(Multiplier), callable(Multiplier.__call__))
print(list(map(double, [1, 2, 3])), double.calls)
print(sorted([3, -4, 1], key=Multiplier(-1)))
class NotCallable:
    pass
print(callable(NotCallable()))
try:
    double()
except TypeError as e:
    print(e)
