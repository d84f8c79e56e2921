# list.sort and sorted with key and reverse; sort returns None
words = ["banana", "Apple", "cherry", "date", "Elder", "fig"]
words.sort()
print(words)
words.sort(key=str.lower)
print(words)
words.sort(key=len)
print(words)
words.sort(key=len, reverse=True)
print(words)
print(words.sort(), sorted(words, key=lambda w: w[-1]), sorted(words, key=lambda w: (len(w), w)))
nums = [3, -1, 4, -1, 5, -9, 2, 6]
print(sorted(nums), sorted(nums, reverse=True), sorted(nums, key=abs), sorted(nums, key=abs, reverse=True))
pairs = [(2, "b"), (1, "z"), (2, "a"), (1, "a")]
pairs.sort()
print(pairs, sorted(pairs, key=lambda p: p[1]))
print(sorted([[2, 1], [1, 2], [1]]), sorted([True, False, 2, 0.5]), sorted([]))
try:
    nums.sort(abs)
except TypeError as e:
    print(type(e).__name__, e)
