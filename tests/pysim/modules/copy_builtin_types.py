# copy.copy of each built-in type: immutables come back as the same object
import copy
values = [42, 2 ** 100, 3.5, "text", b"raw", (1, 2), frozenset({1}), None, True, range(3),
          [1, 2], {"a": 1}, {1, 2}, bytearray(b"x"), ((), [])]
for v in values:
    c = copy.copy(v)
    d = copy.deepcopy(v)
    print(type(v).__name__, c == v, c is v, d is v)
lst = [[0]]
print(lst.copy()[0] is lst[0], lst[:][0] is lst[0], list(lst)[0] is lst[0], copy.copy(lst)[0] is lst[0])
dct = {"k": []}
print(dct.copy()["k"] is dct["k"], dict(dct)["k"] is dct["k"], {**dct}["k"] is dct["k"], copy.deepcopy(dct)["k"] is dct["k"])
