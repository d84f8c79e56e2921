# the usual fix for a shared default: use None and make a new list inside the call
def add_item(item, basket=None):
    if basket is None:
        basket = []
    basket.append(item)
    return basket

first = add_item("apple")
second = add_item("banana")
print(first, second, first is second)
shared = ["milk"]
result = add_item("bread", shared)
print(result, shared, result is shared)
print(add_item.__defaults__)
