# reversed() works on sequences and dicts, not on sets or plain iterators
print(list(reversed([1, 2, 3])), list(reversed("abc")), list(reversed((1, 2))), list(reversed(range(0, 10, 3))))
print(list(reversed({"a": 1, "b": 2})), list(reversed({"a": 1}.items())), "".join(reversed("stressed")))
data = [1, 2, 3]
r = reversed(data)
data[0] = 100
print(next(r), list(r), list(r), type(r).__name__, type(reversed(range(3))).__name__)
for bad in ({1, 2}, iter([1]), 5, (x for x in "ab")):
    try:
        print(list(reversed(bad)))
    except TypeError as e:
        print(type(e).__name__, e)
