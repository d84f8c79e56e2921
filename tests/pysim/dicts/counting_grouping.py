# counting with get() and grouping with setdefault(), the two classic dict idioms
text = "the cat and the horse saw a bat and an owl"
counts = {}
for word in text.split():
    counts[word] = counts.get(word, 0) + 1
print(counts)
by_len = {}
for word in text.split():
    by_len.setdefault(len(word), []).append(word)
print(by_len)
letters = {}
for ch in "mississippi":
    if ch in letters:
        letters[ch] += 1
    else:
        letters[ch] = 1
print(letters, max(letters, key=letters.get), sorted(letters.items(), key=lambda kv: (-kv[1], kv[0])))
