# defining __eq__ without __hash__ makes instances unhashable (uncaught at the end)
class Plain:
    pass

class WithEq:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        return self.v == other.v

a, b = Plain(), Plain()
print(len({a, b, a}), a == b, a == a)
print(WithEq.__hash__)
print(WithEq(1) == WithEq(1))
seen = {WithEq(1)}
