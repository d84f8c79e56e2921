# name lookup order: local, enclosing, global, built-in
x = "global x"
def outer():
    x = "enclosing x"
    def inner():
        return x
    def inner_local():
        x = "local x"
        return x
    return inner(), inner_local()
print(outer())
def uses_builtin():
    return len("abc")
print(uses_builtin())
len = lambda s: "shadowed len"
print(uses_builtin(), len([1]))
del len
print(len([1, 2]))
def shadow_print():
    print = "not a function"
    return print
print(shadow_print())
max_val = max
def f():
    max = 5
    return max, max_val(1, 9)
print(f())
