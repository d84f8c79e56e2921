# A default value is made once, when def runs; a closure keeps its variable alive.
def append_to(item, target=[]):
    target.append(item)
    return target

first = append_to(1)
second = append_to(2)
print(first is second, first)

def counter():
    count = 0
    def step():
        nonlocal count
        count += 1
        return count
    return step

tick = counter()
tick()
print(tick())
