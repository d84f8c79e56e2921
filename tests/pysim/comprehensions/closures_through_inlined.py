# closures inside inlined comprehensions reach the function's variables through its cells
def w(o):
    return [g for g in range(3) if any(x is o for x in [o])]
print(w(1))
def w2(o):
    return [[y for y in (lambda: o)()] for g in range(2)]
print(w2([5]))
def w3(o):
    return {k: sum(1 for _ in range(o)) for k in range(2)}
print(w3(3))
def outer():
    v = 10
    def mid():
        return [[(lambda: v + i)() for i in range(2)] for j in range(2)]
    return mid()
print(outer())
class K:
    z = 3
    items = [(lambda: z) for z in range(2)]
print([f() for f in K.items])
def f(a):
    return [[a for _ in range(1)] for b in [lambda: a]]
print(f(7))
