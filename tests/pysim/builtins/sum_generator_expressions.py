# generator expressions passed straight to built-ins
xs = [3, -1, 4, -1, 5]
print(sum(x * x for x in xs), max(abs(x) for x in xs), min(x for x in xs if x > 0))
print(any(x < 0 for x in xs), all(x != 0 for x in xs), list(x for x in xs if x > 0))
print(sorted((x for x in xs), reverse=True), tuple(str(x) for x in xs), set(x % 3 for x in xs))
print(next(x for x in xs if x > 3), next((x for x in xs if x > 10), "none"), ",".join(str(x) for x in xs))
print(dict((x, x * 2) for x in range(3)), sum(1 for _ in "hello"), len([c for c in "hello" if c == "l"]))
gen = (n * 10 for n in range(3))
print(type(gen).__name__, next(gen), list(gen), list(gen), sum(gen))
