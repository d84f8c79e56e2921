# annotations at module level are evaluated and stored in __annotations__
x: list[int] = []
y: dict[str, list[int]]
z: tuple[int, ...] = (1, 2)
t: type[int] = int
print(x, z, t, __annotations__)
print(__annotations__["x"] == list[int], __annotations__["y"].__args__)
x.append(3)
print(x, "y" in globals())
