# lists, tuples and strings compare lexicographically element by element
print([1, 2, 3] < [1, 2, 4], [1, 2] < [1, 2, 0], [] < [0], [2] > [1, 100])
print((1, "b") < (1, "c"), (2,) > (1, 9, 9), (1, 2) == (1, 2), (1, 2) == [1, 2])
print("apple" < "banana", "Apple" < "apple", "a" < "B", "10" < "9", "abc" == "abc")
print(max(["pear", "Peach", "apple"]), min([(2, "b"), (1, "z"), (1, "a")]))
print(sorted(["b", "A", "a", "B", "10", "9"]))
print([1, [2, 3]] < [1, [2, 4]], [[1], [2]] == [[1], [2]])
print((1, 2, 3) >= (1, 2), "ab" <= "ab", [3] != [3.0])
try:
    [1, "a"] < [1, 2]
except TypeError as e:
    print("TypeError:", e)
