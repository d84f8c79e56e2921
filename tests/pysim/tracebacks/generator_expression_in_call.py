# error in a generator expression consumed by max at module level
words = ["pear", "fig"]
print(max(len(w) for w in words))
words.append(None)
longest = max(len(w) for w in words)
