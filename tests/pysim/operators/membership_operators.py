# in and not in across strings, lists, tuples, dicts, sets and ranges
print("ell" in "hello", "" in "abc", "z" not in "abc", "Hell" in "hello")
print(2 in [1, 2, 3], [2] in [1, [2]], 2 in [[2]], (1, 2) in [(1, 2)])
d = {"a": 1, "b": 2}
print("a" in d, 1 in d, 1 in d.values(), ("a", 1) in d.items())
print(5 in range(0, 10, 5), 6 in range(0, 10, 5), 10 in range(10), -1 in range(-5, 0))
print(3 in {1, 2, 3}, 1.0 in {1}, True in [1], 0 in [False])
print(b"b" in b"abc", 98 in b"abc", None in [None], float("nan") in [float("nan")])
nan = float("nan")
print(nan in [nan])
try:
    print([1] in {1: 2})
except TypeError as e:
    print("TypeError:", e)
try:
    print(1 in 5)
except TypeError as e:
    print("TypeError:", e)
try:
    print(1 in "abc")
except TypeError as e:
    print("TypeError:", e)
