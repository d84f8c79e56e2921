# set comprehensions remove duplicates; small ints print in hash order
nums = [5, 3, 5, 1, 3, 9, 1]
print({n for n in nums})
print({n % 4 for n in range(20)})
print({len(w) for w in ["a", "bb", "cc", "ddd", "e"]})
print({x * x for x in range(-3, 4)})
print(sorted({c for c in "mississippi"}))
print(len({(i % 2, i % 3) for i in range(12)}))
evens = {n for n in range(10) if n % 2 == 0}
print(evens, 4 in evens, 5 in evens)
print({n for n in []}, type({n for n in []}).__name__)
