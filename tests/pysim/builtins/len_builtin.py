# len() of every sized type, objects with __len__, and the errors
print(len("héllo"), len(b"\xc3\xa9"), len([1, [2, 3]]), len((1,)), len({"a": 1}), len({1, 2}), len(range(0, 10, 3)))
print(len(""), len([]), len(bytearray(4)), len(frozenset("aab")), len({}.keys()), len("😀"), len("\n"))
class Deck:
    def __init__(self):
        self.cards = list(range(52))
    def __len__(self):
        return len(self.cards)
print(len(Deck()), bool(Deck()))
class Negative:
    def __len__(self):
        return -1
for bad in (5, 2.5, None, Negative(), iter([1])):
    try:
        print(len(bad))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    len()
except TypeError as e:
    print(type(e).__name__, e)
