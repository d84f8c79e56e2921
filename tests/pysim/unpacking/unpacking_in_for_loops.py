# unpacking targets in for loops over pairs, enumerate, zip and dict items
pairs = [("a", 1), ("b", 2)]
for letter, number in pairs:
    print(letter * number)
for i, (letter, number) in enumerate(pairs):
    print(i, letter, number)
for name, score, passed in zip(["x", "y"], [70, 40], [True, False]):
    print(name, score, passed)
ages = {"ann": 30, "bob": 25}
for name, age in ages.items():
    print(f"{name} is {age}")
for head, *tail in ["abc", "de", "f"]:
    print(head, tail)
for a, b in ["xy", "zw"]:
    print(a, b)
for k, (lo, hi) in {"r": (0, 9)}.items():
    print(k, lo, hi)
