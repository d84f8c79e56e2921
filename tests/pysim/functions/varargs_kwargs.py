# *args collects extra positionals as a tuple, **kwargs extra keywords as a dict
def show(first, *args, **kwargs):
    print(first, args, kwargs)
show(1)
show(1, 2, 3)
show(1, x=5)
show(1, 2, y=3, x=4)
def total(*nums):
    return sum(nums)
print(total(), total(1, 2, 3))
def collect(**options):
    for k, v in options.items():
        print(" ", k, "->", v)
    return len(options)
print(collect(b=2, a=1, c=3))
def mixed(a, b=2, *rest, flag=False, **extra):
    return a, b, rest, flag, extra
print(mixed(1))
print(mixed(1, 5, 6, 7, flag=True, z=0))
def kinds(*a, **k):
    return type(a).__name__, type(k).__name__
print(kinds(1, x=2))
