# next() on an exhausted iterator raises StopIteration unless a default is given
it = iter([10, 20])
print(next(it), next(it))
print(next(it, "default"))
try:
    next(it)
except StopIteration as e:
    print("StopIteration", repr(e), e.args, e.value)
letters = iter("ab")
while True:
    try:
        ch = next(letters)
    except StopIteration:
        print("exhausted")
        break
    print(ch)
d = iter({"k": 1})
print(next(d), next(d, None))
gen = (x * 2 for x in range(2))
print(next(gen), next(gen), next(gen, "end"))
