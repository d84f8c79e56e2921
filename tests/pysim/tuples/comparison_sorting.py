# tuples compare item by item, which makes them good sort keys and dict keys
print((1, 2) < (1, 3), (1, 2) < (1, 2, 0), (2,) > (1, 99), () < (0,), (1, "b") < (1, "c"))
print((1, 2) == (1, 2), (1, 2) == [1, 2], (1, 2.0) == (1.0, 2), max((1, 5), (2, 0), (1, 9)))
scores = [("bob", 3), ("amy", 5), ("cal", 3), ("dan", 5)]
print(sorted(scores, key=lambda s: (-s[1], s[0])))
grid = {(0, 0): "origin", (1, 2): "point"}
print(grid[(1, 2)], grid[1, 2], (0, 0) in grid, sorted(grid))
try:
    print((1, "a") < (1, 2))
except TypeError as e:
    print(type(e).__name__, e)
print(tuple(sorted((3, 1, 2))), sorted([(2, "b"), (1, "z"), (2, "a")]))
