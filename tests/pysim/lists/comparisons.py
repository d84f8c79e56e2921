# list comparisons are lexicographic and element by element
print([1, 2] == [1, 2], [1, 2] == [2, 1], [1, 2] != [1, 2, 3], [] == [], [1] == (1,))
print([1, 2] < [1, 3], [1, 2] < [1, 2, 3], [2] > [1, 99], [] < [0], [1, [2]] < [1, [3]])
print([1, 2.0] == [1.0, 2], ["a", "B"] < ["a", "b"], [[1], [2]] == [[1], [2]], max([[1, 2], [1, 3], [0, 9]]))
a = [1, 2]
b = [1, 2]
print(a == b, a is b, a is not b, not (a != b), [a] == [b])
print([float("nan")] == [float("nan")], [1, 2] <= [1, 2], [3] >= [2, 100])
try:
    print([1, "a"] < [1, 2])
except TypeError as e:
    print(type(e).__name__, e)
try:
    print([1] < (1,))
except TypeError as e:
    print(type(e).__name__, e)
