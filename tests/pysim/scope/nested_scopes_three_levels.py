# nonlocal and global across three nesting levels
level = "module"
def a():
    level = "a"
    def b():
        def c():
            nonlocal level
            level = "set by c"
        c()
        return level
    r = b()
    return r, level
print(a(), level)
def g1():
    def g2():
        global level
        level = "set by g2"
    g2()
print(g1(), level)
def outer():
    n = 0
    def mid():
        def inner():
            return n + 1
        return inner()
    n = 41
    return mid()
print(outer())
