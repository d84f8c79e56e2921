# a mutable default value is made once, when def runs, and shared by every call
def add(x, acc=[]):
    acc.append(x)
    return acc
r1 = add(1)
r2 = add(2)
print(r1, r2, r1 is r2, r1 is add.__defaults__[0])
r3 = add(3, [])
print(r3, r3 is r1)
def safe(x, acc=None):
    if acc is None:
        acc = []
    acc.append(x)
    return acc
print(safe(1), safe(2), safe(1) is safe(1))
