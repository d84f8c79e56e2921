# defining __eq__ without __hash__ makes instances unhashable
class P:
    def __init__(self, x):
        self.x = x
    def __eq__(self, other):
        return isinstance(other, P) and self.x == other.x
a, b = P(1), P(1)
print(a == b, a != b, a is b, a == 1)
print(P.__hash__)
try:
    {a}
except TypeError as e:
    print("TypeError:", e)
try:
    d = {a: "value"}
except TypeError as e:
    print("TypeError:", e)
try:
    hash(a)
except TypeError as e:
    print("TypeError:", e)
class Plain:
    pass
x, y = Plain(), Plain()
print(x == y, x == x, x != y, len({x, y, x}))
