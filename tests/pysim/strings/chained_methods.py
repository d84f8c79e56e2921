# chaining str methods: each call makes a new string, the original never changes
raw = "   Hello, World! Hello!   "
clean = raw.strip().lower().replace("hello", "bye").title()
print(repr(raw), repr(clean))
words = [w.strip(",!") for w in raw.split()]
print(words, " ".join(w.capitalize() for w in words))
print("-".join(sorted(set("mississippi"))), "".join(c for c in "a1b2c3" if c.isdigit()))
print(list("abc"), sorted("banana", reverse=True), [c * 2 for c in "xyz"])
counts = {}
for ch in "hello world":
    if ch.isalpha():
        counts[ch] = counts.get(ch, 0) + 1
print(counts)
print("the end".title().swapcase().center(11, "*"))
