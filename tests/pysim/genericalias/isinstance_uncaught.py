# the TypeError of isinstance with list[int], uncaught
def check(x):
    return isinstance(x, list[int])

print(check.__name__)
print(check([1, 2]))
