# set items must be hashable; sets make fast membership tests and remove duplicates
print(set("hello") == {"h", "e", "l", "o"}, len(set("mississippi")), sorted(set("mississippi")))
pairs = {(1, 2), (2, 1), (1, 2)}
print(len(pairs), (2, 1) in pairs, sorted(pairs))
for item in ([1], {1: 2}, {3}, (1, [2])):
    try:
        print({item})
    except TypeError as e:
        print(type(e).__name__, e)
try:
    print(set([[1], [2]]))
except TypeError as e:
    print(type(e).__name__, e)
try:
    print([] in {1, 2})
except TypeError as e:
    print(type(e).__name__, e)
print(set([1, 2]) == {2, 1}, set() == frozenset(), {()} == {()}, set([(), ()]))
