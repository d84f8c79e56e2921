# a class with __iter__ and __next__ works with for, list(), sum(), in and unpacking
class Countdown:
    def __init__(self, start):
        self.current = start
    def __iter__(self):
        return self
    def __next__(self):
        if self.current <= 0:
            raise StopIteration
        self.current -= 1
        return self.current + 1

for n in Countdown(3):
    print(n, end=" ")
print()
print(list(Countdown(4)), sum(Countdown(10)), 2 in Countdown(5), max(Countdown(3)))
a, b, c = Countdown(3)
print(a, b, c)
c = Countdown(2)
print(next(c), next(c), next(c, "stop"), list(c))
class Squares:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return iter([i * i for i in range(self.n)])
sq = Squares(4)
print(list(sq), list(sq), sorted(sq, reverse=True))
