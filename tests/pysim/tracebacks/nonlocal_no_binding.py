# nonlocal without an enclosing binding is a compile-time SyntaxError
def outer():
    def inner():
        nonlocal missing
        missing = 1
    inner()
outer()
