# 3.12 evaluates function annotations when the def runs
def f(a: dict[str, int], c: tuple[int, ...], b: list[float] = [], **kw: set[str]) -> list[int]:
    return [len(a)]

print(f.__annotations__)
print(f.__annotations__["return"].__origin__, f({"k": 1}, ()))
g = lambda: 0
print(g.__annotations__)
def h(x: "list[int]") -> None:
    pass
print(h.__annotations__)
