# ranges are equal when they produce the same sequence, whatever their arguments
print(range(0) == range(2, 2), range(0, 3, 2) == range(0, 4, 2), range(5) == range(0, 5, 1))
print(range(1, 2, 5) == range(1, 0, -7), range(3) == [0, 1, 2], list(range(3)) == [0, 1, 2])
print(range(3) != range(4), range(0, 10, 3) == range(0, 12, 3), range(10)[::2] == range(0, 10, 2))
print(hash(range(0)) == hash(range(3, 3)), {range(3): "r"}[range(0, 3)], range(2) is range(2))
try:
    print(range(3) < range(4))
except TypeError as e:
    print(type(e).__name__, e)
