# error inside a dict comprehension at module level
fruits = ["apple", "kiwi", "fig"]
print({f: len(f) for f in fruits})
words = ["apple", "kiwi", None, "fig"]
lengths = {w: len(w) for w in words}
print(lengths)
