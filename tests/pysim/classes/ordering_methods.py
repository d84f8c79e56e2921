# __lt__ and friends drive sorted, min, max and reflected comparisons
class Version:
    def __init__(self, *parts):
        self.parts = parts
    def __lt__(self, other):
        return self.parts < other.parts
    def __eq__(self, other):
        return self.parts == other.parts
    def __repr__(self):
        return "v" + ".".join(map(str, self.parts))
vs = [Version(1, 10), Version(1, 2), Version(0, 9, 1), Version(1, 2)]
print(sorted(vs))
print(min(vs), max(vs))
print(Version(1) < Version(2), Version(3) > Version(2))
print(Version(1, 2) == Version(1, 2), Version(1, 2) != Version(1, 3))
try:
    Version(1) <= Version(2)
except TypeError as e:
    print("TypeError:", e)
try:
    Version(1) < 5
except AttributeError as e:
    print("AttributeError:", e)
print(sorted(vs, reverse=True))
