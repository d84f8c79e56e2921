# which built-in types take [...], and what subscripting an alias does
for t in [list, dict, tuple, set, frozenset, type, enumerate]:
    print(t.__name__, t[int], hasattr(t, "__class_getitem__"))
for f in [lambda: int[int], lambda: str[int], lambda: object[int], lambda: range[int], lambda: list[int][int],
          lambda: dict[str, int][str], lambda: tuple[()][int], lambda: list[int] + 1, lambda: 1 | list[int],
          lambda: list[int] | 1, lambda: -list[int], lambda: len(list[int]), lambda: list[int][0]]:
    try:
        print(f())
    except TypeError as e:
        print("TypeError:", e)
class Meta(type):
    pass
class WithMeta(metaclass=type):
    pass
try:
    Meta[int]
except TypeError as e:
    print("TypeError:", e)
try:
    WithMeta[int]
except TypeError as e:
    print("TypeError:", e)
