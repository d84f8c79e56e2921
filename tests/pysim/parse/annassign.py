x: int = 5
y: list[int]
z: "str" = "hi"
class C:
    a: int = 1
    b: str
obj = C()
obj.a: int = 2
d = {}
d["k"]: int = 3
print(x, z, obj.a, d, C.__annotations__)
