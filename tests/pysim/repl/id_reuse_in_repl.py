# args: --repl
# freed lists and floats are reused by the next object of their kind, as in a script
id([]) == id([])
a = [1]
i = id(a)
del a
b = [2]
id(b) == i
f = 2.0
g = f * 3
j = id(g)
del g
h = f * 4
id(h) == j
