# TypeError messages for missing positional and keyword-only arguments
def one(a):
    pass
def three(a, b, c):
    pass
def kw(*, x, y):
    pass
class K:
    def method(self, p, q):
        pass
tests = [lambda: one(), lambda: three(1), lambda: three(), lambda: three(c=1),
         lambda: kw(), lambda: kw(y=1), lambda: K().method(), lambda: K().method(1),
         lambda: K.method(K(), 1)]
for t in tests:
    try:
        t()
    except TypeError as e:
        print(e)
