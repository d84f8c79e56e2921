# nonlocal rebinds a variable of the enclosing function; each closure keeps its own
def make_counter(start=0):
    count = start
    def increment(step=1):
        nonlocal count
        count += step
        return count
    return increment
c1 = make_counter()
c2 = make_counter(100)
print(c1(), c1(), c1(5))
print(c2(), c1())
def outer():
    x = "outer"
    def inner():
        nonlocal x
        x = "changed by inner"
    inner()
    return x
print(outer())
def accumulate():
    total = []
    def add(v):
        total.append(v)
        return total
    return add
acc = accumulate()
acc(1)
print(acc(2))
