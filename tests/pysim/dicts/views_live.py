# keys(), values() and items() are live views: they see later changes
d = {"a": 1, "b": 2}
ks, vs, its = d.keys(), d.values(), d.items()
print(ks, vs, its, len(ks))
d["c"] = 3
del d["a"]
d["b"] = 20
print(ks, vs, its, len(ks), "c" in ks, 20 in vs, ("b", 20) in its, ("b", 2) in its)
print(list(ks), list(vs), list(its), sorted(vs, reverse=True), type(ks).__name__, type(its).__name__)
first_key = next(iter(ks))
print(first_key, list(reversed(ks)), list(reversed(its)))
d.clear()
print(ks, vs, its, bool(ks))
print({}.keys(), {1: 2}.values(), {1: 2}.items())
