# the cached small ints live in one array of 32-byte objects: id(n) == id(0) + 32 * n
base = id(0)
print(id(11) - id(10), id(256) - id(-5), id(1) - id(0))
ok = True
for n in range(-5, 257):
    if id(n) != base + 32 * n:
        ok = False
print(ok)
x = 7
print(id(x * 3) - id(x), id(x - 12) - base)
print(id(len("abcd")) - base, id(True + True) - base)
