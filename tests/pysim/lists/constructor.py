# list() builds a new list from any iterable; non-iterables fail
print(list(), list("abc"), list((1, 2)), list(range(3)), list({"a": 1, "b": 2}), list({"k": 1}.items()))
print(list(b"hi"), list({3: None}.values()), list(x * 2 for x in range(3)), list(map(str, [1, 2])))
original = [1, 2]
copy = list(original)
print(copy == original, copy is original)
for bad in (None, 5, 1.5, True):
    try:
        print(list(bad))
    except TypeError as e:
        print(type(e).__name__, e)
try:
    print(list(1, 2))
except TypeError as e:
    print(type(e).__name__, e)
