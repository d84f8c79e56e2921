# A __slots__ entry becomes a member_descriptor on the class; it knows its
# name and the class that declared it.
class S:
    __slots__ = ('x', 'y')

d = S.x
print(type(d).__name__, d.__name__, S.y.__name__)
print(d.__objclass__ is S, d.__name__ is 'x'.strip())
print(d)
