# returning an argument hands back the very same object, not a copy
def register(user, registry):
    registry.append(user)
    return registry

registry = []
returned = register("ann", registry)
print(returned is registry, registry)
returned.append("bob")
print(registry)
def first_and_rest(items):
    return items[0], items[1:]
head, tail = first_and_rest(registry)
print(head, tail, tail is registry, head is registry[0])
