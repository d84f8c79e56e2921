# exact messages of IndexError and KeyError from built-in containers
cases = [lambda: [1][5], lambda: [][0], lambda: (1,)[-2], lambda: "ab"[2],
         lambda: range(3)[3], lambda: b"x"[1], lambda: bytearray(1)[4], lambda: [].pop(),
         lambda: [1].pop(3), lambda: {"a": 1}["b"], lambda: {}[(1, 2)], lambda: {}.pop("x"),
         lambda: {}.popitem(), lambda: set().pop(), lambda: {1}.remove(2),
         lambda: [0].insert(9, 1) or "insert never fails", lambda: {"k": 1}[None],
         lambda: {}[1.5]]
for c in cases:
    try:
        print(c())
    except LookupError as e:
        print(type(e).__name__ + ":", e)
def modify():
    lst = [1, 2]
    lst[2] = 3
try:
    modify()
except IndexError as e:
    print(e)
