# any iterable can be unpacked: strings, dicts, sets of small ints, ranges, generators, star-args
a, b, c = "xyz"
d, e = {"k1": 1, "k2": 2}
f, g = {2, 1}
h, *i = range(4)
j, k = (n * 2 for n in range(2))
print(a, b, c, d, e, f, g, h, i, j, k)
print(*range(3), *"ab", *{"z": 0})
print([*range(2), *[9]], (*"hi",), {*[1, 1, 2]}, {**{"a": 1}, "b": 2})
def total(*args):
    return sum(args)
print(total(*[1, 2], *(3,), *range(4)))
first, second, *_ = iter([10, 20, 30, 40])
print(first, second, _)
