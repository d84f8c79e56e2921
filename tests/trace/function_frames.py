# Each call gets a frame of its own; parameters are names for the caller's objects.
def add_item(items, item):
    items.append(item)
    count = len(items)
    return count

def square(n):
    result = n * n
    return result

shopping = ["eggs"]
total = add_item(shopping, "milk")
print(shopping, total)
print(square(12))
