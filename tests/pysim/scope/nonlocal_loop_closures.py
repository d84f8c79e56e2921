# closures created in a loop inside a function share the loop variable's cell
def build():
    fns = []
    for n in range(3):
        def show():
            return n
        fns.append(show)
    return fns
print([f() for f in build()])
def build_fixed():
    fns = []
    for n in range(3):
        def make(m):
            def show():
                return m
            return show
        fns.append(make(n))
    return fns
print([f() for f in build_fixed()])
def counter_pair():
    count = 0
    def inc():
        nonlocal count
        count += 1
        return count
    def dec():
        nonlocal count
        count -= 1
        return count
    return inc, dec
inc, dec = counter_pair()
print(inc(), inc(), dec(), inc())
