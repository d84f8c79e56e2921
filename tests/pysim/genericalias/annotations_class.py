# class bodies keep their annotations in the class's __annotations__
class Inventory:
    items: dict[str, int] = {}
    names: list[str]
    nested: dict[str, list[tuple[int, float]]]

    def add(self, name: str, count: int = 1) -> dict[str, int]:
        self.items[name] = self.items.get(name, 0) + count
        return self.items

print(Inventory.__annotations__)
print(Inventory().add("bolt"), Inventory.add.__annotations__)
