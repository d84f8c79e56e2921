# calling an alias calls its origin
print(list[int](), list[int]("ab"), dict[str, int](a=1), tuple[int, ...]((1, 2)), set[int]([3, 3]))
print(type[int](3), type[int]("x"), frozenset[int]("aa"), type(list[int]()), list[int](range(3)))
print(dict[str, int]({"k": 2}, z=0), enumerate[str]("ab").__next__())
class Box:
    def __init__(self, v=None):
        self.v = v
alias = type(list[int])(Box, int)
b = alias(5)
print(alias, b.v, b.__orig_class__, b.__orig_class__ is alias, vars(b))
class Slotted:
    __slots__ = ("v",)
s = type(list[int])(Slotted, str)()
print(type(s).__name__, hasattr(s, "__orig_class__"))
try:
    list[int](1)
except TypeError as e:
    print("TypeError:", e)
