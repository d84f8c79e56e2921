# sets of strings: the order depends on str hashes (recorded with PYTHONHASHSEED=0)
words = "the quick brown fox jumps over the lazy dog".split()
print(set(words))
print({"a", "b", "c"}, {"x"}, set("mississippi"), frozenset(["red", "green", "blue"]))
s = set()
for w in ["alpha", "beta", "gamma", "delta", "epsilon", "zeta"]:
    s.add(w)
print(s, len(s), "beta" in s)
print({w[0] for w in words}, set("hello") & set("world"), set("abc") ^ set("bcd"))
