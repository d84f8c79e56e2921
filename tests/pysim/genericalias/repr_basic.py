# list[int] and friends: the repr names builtins bare, other classes with their module
print(list[int], dict[str, list[int]], tuple[int, ...], type[int], tuple[()], set[frozenset[bytes]])
print(repr(list[int]), str(dict[str, int]), f"{tuple[int, str]}", [list[int]], (list[float],))
print(list[None], list[1], list["x"], list[[int]], list[(int,)], list[int, str], list[()], list[...])
print(list[[int, [str]]], dict[str, [int, list[int]]], list[len], list[print], list[list[int]])
class C:
    pass
class Outer:
    class Inner:
        pass
def f():
    pass
print(list[C], dict[C, Outer.Inner], list[f], list[lambda: 0] == list[f], type[C])
print(enumerate[int], frozenset[int], set[int], tuple[int])
