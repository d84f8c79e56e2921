# dict comprehensions: building, inverting, filtering; later keys overwrite earlier
words = ["apple", "banana", "cherry", "avocado"]
print({w: len(w) for w in words})
print({w[0]: w for w in words})
prices = {"tea": 3, "coffee": 4, "cake": 6}
print({k: v * 2 for k, v in prices.items() if v > 3})
print({v: k for k, v in prices.items()})
print({i: i * i for i in range(6) if i % 2})
print({k: v for k, v in zip("abc", range(10))})
print({x % 3: x for x in range(10)})
nested = {name: {"len": len(name), "upper": name.upper()} for name in ["al", "bea"]}
print(nested)
print({(i, j): i * j for i in range(2) for j in range(2)})
