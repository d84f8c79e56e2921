# a tuple holding a list: the tuple cannot change, the list inside can
t = (1, [2, 3], "s")
inner = t[1]
inner.append(4)
t[1].append(5)
print(t, inner is t[1])
try:
    t[1] += [6]
except TypeError as e:
    print(type(e).__name__, e)
print(t)
try:
    t[1] = [0]
except TypeError as e:
    print(type(e).__name__, e)
t[1][:] = ["replaced"]
print(t, len(t))
try:
    print(hash(t))
except TypeError as e:
    print(type(e).__name__, e)
print(hash((1, 2)) == hash((1, 2)), {(1, 2): "ok"}[(1, 2)])
