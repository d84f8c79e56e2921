# a default value is created once, when def runs, and then shared by every call
def add_item(item, basket=[]):
    basket.append(item)
    return basket

first = add_item("apple")
second = add_item("banana")
print(first)
print(second)
print(first is second)
mine = add_item("cherry", [])
print(mine)
print(add_item("date"))
print(add_item.__defaults__)
