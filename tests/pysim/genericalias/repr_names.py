# what the repr asks each argument: __origin__ and __args__, else __qualname__ and __module__
class Q:
    __qualname__ = "Renamed"
class LooksLikeAlias:
    __origin__ = list
    __args__ = (int,)
    def __repr__(self):
        return "<alias-like>"
class OnlyOrigin:
    __origin__ = list
    def __repr__(self):
        return "<origin only>"
print(list[Q], list[LooksLikeAlias()], list[OnlyOrigin()], list[type], list[object])
