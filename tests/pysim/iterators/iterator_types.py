# the class names of the iterators built-ins return
things = [[1], (1,), "s", "é", b"b", bytearray(b"b"), {1: 2}, {1}, frozenset({1}), range(1), {1: 2}.values(), {1: 2}.items()]
for t in things:
    print(type(t).__name__, type(iter(t)).__name__)
print(type(reversed([1])).__name__, type(reversed(range(1))).__name__, type(reversed({1: 1})).__name__, type(reversed("ab")).__name__)
print(type(map(str, [])).__name__, type(zip()).__name__, type(enumerate([])).__name__, type(filter(None, [])).__name__)
print(type(x for x in []).__name__, type(iter(int, 1)).__name__)
