# ints produced by range share the small-int cache only up to 256
first = list(range(250, 262))
second = list(range(250, 262))
print([a is b for a, b in zip(first, second)])
neg = list(range(-8, 0))
neg2 = [n - 1 + 1 for n in range(-8, 0)]
print([a is b for a, b in zip(neg, neg2)])
