# for iterates strings, lists, tuples, dicts, ranges, sets, enumerate, zip
for ch in "hey":
    print(ch, end=" ")
print()
for item in [1, [2], (3,)]:
    print(item, end=" ")
print()
d = {"one": 1, "two": 2, "three": 3}
for key in d:
    print(key, d[key], end="; ")
print()
for k, v in d.items():
    print(f"{k}={v}", end=" ")
print()
for v in d.values():
    print(v, end=" ")
print()
for n in {3, 1, 2}:
    print(n, end=" ")
print()
for i, ch in enumerate("ab", start=1):
    print(i, ch, end=" | ")
print()
for a, b in zip([1, 2, 3], "xyz"):
    print(a, b, end=" | ")
print()
for b in b"AB":
    print(b, end=" ")
print()
for i in reversed(range(3)):
    print(i, end=" ")
print()
