# how often sets call __hash__ and __eq__: once per new key, never again for
# keys they take from another set or from a dict (the stored hash is reused)
calls = []


class Key:
    def __init__(self, v):
        self.v = v

    def __hash__(self):
        calls.append("h%d" % self.v)
        return self.v % 4

    def __eq__(self, other):
        calls.append("e%d" % self.v)
        return isinstance(other, Key) and self.v == other.v

    def __repr__(self):
        return "K%d" % self.v


def step(label, f):
    calls.clear()
    r = f()
    print(label, r, calls)


a, b, c, d = Key(1), Key(5), Key(2), Key(9)
s = set()
step("add", lambda: (s.add(a), s.add(b), s.add(c))[0])
step("in", lambda: (Key(5) in s, Key(13) in s))
step("copy", lambda: len(s.copy()))
step("union", lambda: len(s | {d}))
step("from dict", lambda: len(set({a: 0, b: 1, d: 2})))
step("update dict", lambda: s.update({d: 0}))
step("difference dict", lambda: s.difference({a: 0}))
step("symdiff dict", lambda: s.symmetric_difference_update({c: 0}))
step("intersection", lambda: s & {Key(1), Key(9)})
step("issubset list", lambda: s.issubset([a, b, d]))
step("remove", lambda: s.remove(Key(9)))
step("discard missing", lambda: s.discard(Key(17)))
step("frozenset hash", lambda: hash(frozenset([a])) == hash(frozenset([a])))
step("eq", lambda: {a, b} == {Key(1), Key(5)})
step("display", lambda: len({a, b, c, d, Key(13)}))
