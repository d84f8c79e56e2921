# unpacking dict items, zip results and enumerate pairs into separate lists
scores = {"ann": 91, "bob": 78, "cy": 85}
names, values = zip(*scores.items())
print(names, values)
pairs = list(zip([1, 2, 3], "abc"))
nums, letters = zip(*pairs)
print(pairs, nums, letters)
best_name, best_score = max(scores.items(), key=lambda kv: kv[1])
print(best_name, best_score)
(k1, v1), *others = scores.items()
print(k1, v1, others)
index, value = next(iter(enumerate("zq")))
print(index, value)
