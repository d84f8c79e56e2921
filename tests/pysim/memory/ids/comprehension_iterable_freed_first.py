# A comprehension's iterable is released by GET_ITER, before the loop runs:
# range(2) and its iterator take two freed blocks, the range's comes back
# at once and the first new object takes it.
class Node:
    def __init__(self, v):
        self.v = v
nodes = [Node(i) for i in range(5)]
ids = [id(n) for n in nodes]
del nodes
again = [Node(i) for i in range(5)]
print([ids.index(id(n)) if id(n) in ids else -1 for n in again])
del again
more = [[Node(j) for j in range(2)] for i in range(2)]
print(len({id(x) for row in more for x in row}))
def f():
    return [Node(i) for i in range(3)]
r = f()
print(len(r))
