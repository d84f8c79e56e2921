# text processing with comprehensions: words, counts and filtering
text = "the cat sat on the mat with the hat"
words = text.split()
print([w for w in words if len(w) == 3 and w != "the"])
counts = {w: words.count(w) for w in words}
print(counts)
print([w.capitalize() for w in words[:4]])
print("".join(c for c in text if c not in "aeiou "))
print([i for i, w in enumerate(words) if w == "the"])
print(" ".join(w[::-1] for w in words))
acronym = "".join(w[0].upper() for w in "portable network graphics".split())
print(acronym)
print([ord(c) - ord("a") for c in "hello"])
