# forwarding *args and **kwargs through wrappers and combining them
def target(a, b, c=0, *more, key=None, **extra):
    return (a, b, c, more, key, extra)
def forward(*args, **kwargs):
    return target(*args, **kwargs)
print(forward(1, 2))
print(forward(1, 2, 3, 4, 5, key="k", other=1))
print(forward(*(1, 2), **{"c": 9}))
def prepend(*args, **kwargs):
    return target("first", *args, key="fixed", **kwargs)
print(prepend(2, extra_arg=True))
args = [1, 2, 3]
kwargs = {"key": "v"}
print(target(*args, *args, **kwargs, z=0))
print(max(*args), min(*args, 0))
