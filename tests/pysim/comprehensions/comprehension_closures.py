# lambdas created in a comprehension all see the final loop value
fns = [lambda: i for i in range(3)]
print([f() for f in fns])
fixed = [lambda i=i: i for i in range(3)]
print([f() for f in fixed])
adders = {k: (lambda x, k=k: x + k) for k in range(3)}
print({k: f(10) for k, f in adders.items()})
def make_all():
    return [lambda: n * 10 for n in range(3)]
print([f() for f in make_all()])
mults = [lambda x, m=m: x * m for m in (2, 3)]
print([f(5) for f in mults])
