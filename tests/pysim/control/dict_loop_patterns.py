# common loop patterns over dicts: counting, grouping, updating values
words = ["apple", "bob", "avocado", "cat", "banana", "apple"]
counts = {}
for w in words:
    counts[w] = counts.get(w, 0) + 1
print(counts)
groups = {}
for w in words:
    groups.setdefault(w[0], []).append(w)
print(groups)
prices = {"a": 1.0, "b": 2.5}
for k in prices:
    prices[k] *= 2
print(prices)
best = None
for k, v in counts.items():
    if best is None or v > counts[best]:
        best = k
print(best)
try:
    for k in counts:
        counts[k + "!"] = 0
except RuntimeError as e:
    print("RuntimeError:", e)
