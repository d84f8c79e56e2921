# TypeError messages for unexpected and duplicated keyword arguments
def f(a, b=2):
    pass
def g(a, /, b):
    pass
class K:
    def m(self, x):
        pass
tests = [lambda: f(1, c=3), lambda: f(1, a=1), lambda: f(1, 2, b=3),
         lambda: f(b=1, **{"a": 2, "z": 3}), lambda: g(a=1, b=2), lambda: K().m(y=1),
         lambda: K().m(1, x=2), lambda: f(*[1], **{"a": 1}),
         lambda: f(1, **{"b": 1}, b=2), lambda: f(**{1: 2}),
         lambda: f(**[1]), lambda: f(*5)]
for t in tests:
    try:
        t()
    except TypeError as e:
        print(e)
