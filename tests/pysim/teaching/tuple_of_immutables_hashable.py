# tuples of immutable values can be dict keys and set members; tuples holding lists cannot
visited = set()
visited.add((0, 0))
visited.add((0, 1))
visited.add((0, 0))
print(len(visited), (0, 1) in visited)
distances = {("a", "b"): 5, ("b", "c"): 3}
print(distances[("a", "b")], sum(distances.values()))
bad = ("a", ["b"])
try:
    distances[bad] = 1
except TypeError as e:
    print("TypeError:", e)
print(isinstance(bad, tuple), bad[1].append("c"), bad)
