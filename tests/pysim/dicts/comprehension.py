# dict comprehensions: mapping, filtering, inverting, zipping, nesting
words = ["apple", "bob", "civic", "dog", "apple"]
print({w: len(w) for w in words})
print({w: w[::-1] == w for w in words if len(w) > 3})
square = {n: n * n for n in range(1, 6)}
print(square, {v: k for k, v in square.items()})
print({k: v for k, v in zip("abc", [1, 2, 3])}, {i: [] for i in range(2)})
table = {r: {c: r * c for c in range(1, 4)} for r in range(1, 3)}
print(table, table[2][3])
prices = {"tea": 2.5, "cake": 4.0, "bun": 1.25}
print({item: round(p * 1.1, 2) for item, p in prices.items() if p > 2})
print({(x, y): x + y for x in range(2) for y in range(2)}, {len(w): w for w in words})
