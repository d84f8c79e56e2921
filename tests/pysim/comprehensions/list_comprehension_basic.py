# list comprehensions with transformations and filters
nums = [3, -1, 4, -1, 5, -9, 2, 6]
print([n * 2 for n in nums])
print([n for n in nums if n > 0])
print([abs(n) for n in nums if n % 2])
print([c.upper() for c in "hello" if c != "l"])
print([len(w) for w in "the quick brown fox".split()])
print([(i, i ** 2) for i in range(5)])
print([str(n) for n in range(3)], [None for _ in range(2)])
print([x for x in []], [x for x in range(10) if x > 100])
words = ["Apple", "bob", "Cat"]
print([w for w in words if w[0].isupper()])
print([i for i in range(20) if i % 2 == 0 if i % 3 == 0])
