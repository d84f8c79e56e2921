# dict() and update() accept a mapping, an iterable of pairs, keywords, or both
d = {"a": 1}
d.update({"b": 2, "a": 10})
d.update([("c", 3), ["d", 4]])
d.update(e=5, a=0)
d.update({"f": 6}, g=7)
d.update((k, v) for k, v in [("h", 8)])
d.update()
print(d)
print(dict(a=1, b=2), dict([("x", 1), ("y", 2)]), dict(zip("abc", range(3))), dict({"k": 1}, k=2))
print(dict(), dict([]), dict(["ab", "cd"]), dict({1: 2}.items()), dict.fromkeys("ab", 0))
for bad in ([("a", 1, 2)], [1, 2], ["abc"], 5, [("ok", 1), "x"]):
    try:
        print(dict(bad))
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    d.update(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
