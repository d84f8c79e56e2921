# deepcopy's memo: cycles, shared objects, tuples kept when nothing inside changes, a memo passed in
import copy

loop = [1]
loop.append(loop)
dup = copy.deepcopy(loop)
print(dup, dup[1] is dup, dup is not loop)

ring = {"name": "a"}
ring["self"] = ring
r2 = copy.deepcopy(ring)
print(r2["self"] is r2, r2 is not ring)

class Node:
    def __init__(self, v):
        self.v = v
        self.next = None
a, b = Node(1), Node(2)
a.next, b.next = b, a
c = copy.deepcopy(a)
print(c.v, c.next.v, c.next.next is c, c.next is not b)

shared = [0]
box = {"x": shared, "y": shared, "t": (shared, "label")}
bc = copy.deepcopy(box)
print(bc["x"] is bc["y"], bc["t"][0] is bc["x"], bc["x"] is not shared, bc["t"][1] is box["t"][1])

flat = (1, "two", 3.0, None, (4, 5), frozenset({6}))
print(copy.deepcopy(flat) is flat, copy.copy(flat) is flat)
mixed = (1, [2], (3, [4]))
dm = copy.deepcopy(mixed)
print(dm == mixed, dm is mixed, dm[2] is mixed[2], dm[0] is mixed[0])

t = ([],)
t[0].append(t)
dt = copy.deepcopy(t)
print(dt[0][0] is dt, dt is not t)

memo = {}
src = [1, [2], "s"]
out = copy.deepcopy(src, memo)
print(len(memo), memo[id(src)] is out, memo[id(src[1])] is out[1], id(src[2]) in memo)
print(memo[id(memo)] == [[2], [1, [2], "s"]], memo[id(memo)][0] is src[1])
again = copy.deepcopy(src, memo)
print(again is out)
memo2 = {id(src[1]): "replaced"}
print(copy.deepcopy(src, memo2))

class Tracker:
    def __init__(self):
        self.items = []
    def __deepcopy__(self, memo):
        print("deepcopy with memo of", len(memo), type(memo).__name__)
        new = Tracker()
        memo[id(self)] = new
        new.items = copy.deepcopy(self.items, memo)
        return new
tr = Tracker()
tr.items.append(tr)
tc = copy.deepcopy(tr)
print(tc.items[0] is tc, tc is not tr)
pair = [tr, tr]
pc = copy.deepcopy(pair)
print(pc[0] is pc[1])

class Shallow:
    def __init__(self):
        self.log = []
    def __copy__(self):
        print("custom __copy__")
        new = Shallow()
        new.log = self.log
        return new
sh = Shallow()
print(copy.copy(sh).log is sh.log, copy.deepcopy(sh).log is sh.log)
