words = ["apple", "bob", "cat"]
print({w: len(w) for w in words})
print({k: v for k, v in zip("abc", range(3)) if v})
print(sorted({len(w) for w in words}))
print({**{i: i for i in range(2)}})
