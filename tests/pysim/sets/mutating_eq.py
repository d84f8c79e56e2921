# keys whose __eq__ changes the set being searched: CPython restarts the
# search (the table it was probing may be gone); exceptions propagate
class Grow:
    def __init__(self, v, target=None):
        self.v = v
        self.target = target

    def __hash__(self):
        return 7

    def __eq__(self, other):
        if self.target is not None:
            t, self.target = self.target, None
            t.update(range(100, 120))
        return isinstance(other, Grow) and self.v == other.v

    def __repr__(self):
        return "G%d" % self.v


g = Grow(1)
s = {g}
g.target = s
s.add(Grow(2))
print(len(s), sorted(x for x in s if isinstance(x, int))[:3], sorted(repr(x) for x in s if isinstance(x, Grow)))


class Shrink(Grow):
    __hash__ = Grow.__hash__

    def __eq__(self, other):
        if self.target is not None:
            t, self.target = self.target, None
            t.clear()
        return isinstance(other, Grow) and self.v == other.v


h = Shrink(1)
s = {h, Shrink(3)}
h.target = s
s.add(Shrink(2))
print(s)
h = Shrink(1)
s = {h, 5}
h.target = s
print(Shrink(1) in s, s)
h = Shrink(4)
s = {h, 5}
h.target = s
print(s.discard(Shrink(4)), s)


class Bad:
    def __hash__(self):
        return 1

    def __eq__(self, other):
        raise ValueError("no comparing")


s = {1}
for action in (lambda: s.add(Bad()), lambda: Bad() in s, lambda: s.discard(Bad()), lambda: s.remove(Bad()),
               lambda: {1, 2} == {Bad(), 2}, lambda: s.update([Bad()])):
    try:
        print(action())
    except ValueError as e:
        print(type(e).__name__, e, s)
