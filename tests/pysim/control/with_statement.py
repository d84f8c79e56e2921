# the with statement: __enter__'s value is bound, __exit__ runs however the block is left
class CM:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print("enter", self.name)
        return self
    def __exit__(self, t, v, tb):
        print("exit", self.name, t, v, tb)
        return False
with CM("a") as a, CM("b") as b:
    print("body", a.name, b.name)
def first_odd(items):
    for i in items:
        with CM(i):
            if i % 2:
                return i
            continue
print(first_odd([2, 4, 5, 7]))
while True:
    with CM("loop"):
        break
with CM("x") as (p):
    pass
print(p.name)
with CM("nested"):
    with CM("inner") as inner:
        print(inner.name)
try:
    with 5:
        pass
except TypeError as e:
    print(e)
class NoExit:
    def __enter__(self):
        return 1
try:
    with NoExit():
        pass
except TypeError as e:
    print(e)
class BadEnter:
    def __enter__(self):
        raise RuntimeError("enter failed")
    def __exit__(self, *a):
        print("not called")
try:
    with BadEnter():
        print("not run")
except RuntimeError as e:
    print(e)
