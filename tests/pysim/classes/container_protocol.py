# __len__, __getitem__, __setitem__, __delitem__ and __contains__ on a custom class
class Shelf:
    def __init__(self):
        self.books = []
    def __len__(self):
        return len(self.books)
    def __getitem__(self, i):
        return self.books[i]
    def __setitem__(self, i, value):
        print(f"set [{i!r}] = {value!r}")
        self.books[i] = value
    def __delitem__(self, i):
        del self.books[i]
    def __contains__(self, title):
        print("contains", title)
        return title.lower() in [b.lower() for b in self.books]
s = Shelf()
s.books += ["Dune", "Emma", "Ulysses"]
print(len(s), s[0], s[-1], s[0:2], s[::-1])
s[1] = "Persuasion"
del s[0]
print(s.books, "persuasion" in s, "Dune" not in s)
print(list(s), [b for b in s], bool(s))
try:
    s[10]
except IndexError as e:
    print("IndexError:", e)
s[1:] = []
print(s.books)
