# frozenset hashes follow CPython's algorithm (shuffled, xor-ed item hashes):
# order-independent, equal for equal sets, usable as dict keys and set items
print(hash(frozenset()), hash(frozenset([0])), hash(frozenset([1])), hash(frozenset([1, 2, 3])))
print(hash(frozenset([3, 2, 1])) == hash(frozenset([1, 2, 3])), hash(frozenset(range(100))))
print(hash(frozenset([frozenset([1]), frozenset([2])])), hash(frozenset([(1, 2), "ab", 2.5])))
print(hash(frozenset([-1])), hash(frozenset([-2])), hash(frozenset([2 ** 61 - 1])))
a = frozenset(range(10))
b = frozenset(range(9, -1, -1))
print(a == b, a is b, hash(a) == hash(b), {a: 1}[b])
graph = {frozenset({1, 2}): "edge", frozenset({2, 3}): "edge2"}
print(graph[frozenset([2, 1])], frozenset({3, 2}) in graph, len(graph))
powerset = {frozenset(), frozenset({1}), frozenset({2}), frozenset({1, 2})}
print(len(powerset), frozenset() in powerset, sorted(len(p) for p in powerset))
print(frozenset({1, 2}) == {1, 2}, {1, 2} == frozenset({1, 2}), frozenset({1}) != frozenset({1.0}))
print(set() == frozenset(), frozenset() in {frozenset(): 1}, hash(frozenset("")) == hash(frozenset()))
