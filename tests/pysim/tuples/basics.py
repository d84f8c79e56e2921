# tuple creation, the one-item comma, indexing, slicing, index and count
empty = ()
one = (1,)
not_a_tuple = (1)
packed = 1, "two", 3.0
print(empty, one, not_a_tuple, packed, type(one).__name__, type(not_a_tuple).__name__)
print(tuple(), tuple("abc"), tuple([1, 2]), tuple(range(3)), tuple({"a": 1}), tuple(x for x in "hi"))
t = (5, 6, 7, 6, 5)
print(t[0], t[-1], t[1:3], t[::-1], t[::2], len(t), t.index(6), t.index(5, 1), t.count(6), t.count(9))
print(5 in t, 8 not in t, t + (8,), t * 2, (0,) * 3, min(t), max(t), sum(t), sorted(t))
print((), (1,), ((1,),), ((),), (1, (2, (3,))), ("a",), tuple([[1]]))
print(t[-100:100], t[5:], type(t[1:2]).__name__, t == (5, 6, 7, 6, 5), t is t[:])
