# views: comparisons with sets, isdisjoint, mapping, reversed, items with unhashable values
a = {1: "a", 2: "b"}
k, v, i = a.keys(), a.values(), a.items()
print(k == {1, 2}, {1, 2} == k, k != {1}, k < {1, 2, 3}, k > {1}, k >= k, k <= {2}, k == [1, 2])
print(i == {(1, "a"), (2, "b")}, i == a.items(), v == v, v == a.values(), i != k)
print(k.isdisjoint([3, 4]), k.isdisjoint({2}), i.isdisjoint({(1, "a")}), k.isdisjoint(k), {}.keys().isdisjoint({}.keys()))
print(repr(k.mapping), type(k.mapping).__name__, k.mapping[1], i.mapping == a, len(v.mapping))
print(list(reversed(k)), list(reversed(v)), list(reversed(i)), len(v), bool(v), 2 in k, "a" in v)
b = {1: [1], 2: [2]}
c = {1: [1], 3: [3]}
try:
    print(b.items() & c.items())
except TypeError as e:
    print(type(e).__name__, e)
try:
    print(b.items() ^ c.items())
except TypeError as e:
    print(type(e).__name__, e)
print(b.items() ^ b.items(), sorted(b.keys() ^ c.keys()), b.keys() - c.keys(), [3, 2] - b.keys())
x = {1: "p", 2: "q"}
y = {2: "q", 3: "r"}
print(sorted(x.items() ^ y.items()), sorted(x.items() | y.items()), x.items() - y.items(), x.keys() & [2, 3])
print(x.keys() | [9], [9] | x.keys(), (1, "p") in x.items(), (1, "z") in x.items(), 1 in x.items())
s = {"self": None}
s["self"] = s.values()
print(s)
t = {}
t["k"] = t.keys()
print(t, repr(t.items()))
print(repr({}.values()), str({"a": [1]}.items()))
