# TypeError messages when a call passes too many positional arguments
def none():
    pass
def one(a):
    pass
def two(a, b):
    pass
def opt(a, b=1):
    pass
def kwo(a, *, k=0):
    pass
class K:
    def m(self):
        pass
    def n(self, x):
        pass
tests = [lambda: none(1), lambda: none(1, 2), lambda: one(1, 2), lambda: two(1, 2, 3),
         lambda: opt(1, 2, 3), lambda: kwo(1, 2), lambda: kwo(1, 2, k=3),
         lambda: K().m(1), lambda: K().n(1, 2), lambda: (lambda: 0)(5)]
for t in tests:
    try:
        t()
    except TypeError as e:
        print(e)
