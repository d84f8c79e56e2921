def f(a: int, b: "str" = "x", *args: int, c: float = 1.0, **kw: dict) -> list:
    return [a, b, args, c, kw]
print(f(1))
print(f.__annotations__["return"].__name__, sorted(f.__annotations__))
def g() -> None: pass
print(g())
