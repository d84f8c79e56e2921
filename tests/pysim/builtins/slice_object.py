# slice objects: repr, attributes, indices(), and using them as subscripts
s = slice(1, 8, 2)
print(s, s.start, s.stop, s.step, slice(5), slice(None), slice(1, None), repr(slice(-1, None, -1)))
data = list(range(10))
print(data[s], "abcdefghij"[s], data[slice(3)], data[slice(-3, None)], data[slice(None, None, -3)])
print(s.indices(5), slice(None, None, -1).indices(4), slice(-100, 100).indices(10), slice(2, 2).indices(0))
print(slice(1, 2) == slice(1, 2), slice(1, 2) == slice(1, 3))
last_two = slice(-2, None)
print(data[last_two], [1, 2][last_two], (7, 8, 9)[last_two], range(5)[last_two])
data[slice(0, 2)] = ["a", "b"]
del data[slice(5, None)]
print(data)
try:
    slice(1, 2, 0).indices(3)
except ValueError as e:
    print(type(e).__name__, e)
