# string methods and formatting
words = []
for i in range(100_000):
    words.append(f"item{i % 100}".upper())
text = " ".join(words)
print(len(text.split()), text.count("ITEM7"))
