# min and max: iterables or several arguments, key=, default=, and ties keep the first
print(min([4, 2, 8]), max(4, 2, 8), min("hello"), max(["pear", "fig", "apple"]), max((1, 2), (1, 3)))
words = ["kiwi", "fig", "banana", "plum", "apple"]
print(min(words, key=len), max(words, key=len), max(words, key=lambda w: w[-1]), min(*words, key=len))
print(max([], default=None), min([], default="empty"), max([3], default=0), min((x for x in []), default=-1))
print(max([1, 1.0, True]), min([True, 1, 1.0]), max(0, -0.0), min(-0.0, 0), max([2, 2.0], key=float))
stock = {"a": 3, "b": 9, "c": 9}
print(max(stock), max(stock, key=stock.get), max(stock.values()), min(stock.items(), key=lambda kv: kv[1]))
print(max(range(10), key=lambda n: n % 4), min({5, 3, 8}), max("abc", "abd", "ab"), max([[1], [1, 0]]))
print(max(-5, 3, key=abs), min(-5, 3, key=abs), max([-1, 1], key=abs), max(b"xyz"))
