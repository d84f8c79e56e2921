# The generic BINARY_OP releases its left operand first; once specialized
# for two ints (from its second run on) it releases the right one first,
# so the next int takes the block of the left temporary.
def g():
    a = 1000
    b = 2000
    out = []
    for i in range(4):
        l = a + 1
        r = b + 1
        il, ir = id(l), id(r)
        del r
        del l
        z = (a + 1) * (b + 1)
        u = a + 7
        out.append((id(u) == il, id(u) == ir))
        del z, u
    return out

print(g())

def h(xs):
    out = []
    for x in xs:
        l = x + 1
        r = x + 2
        il, ir = id(l), id(r)
        del r
        del l
        z = (x + 1) + (x + 2)
        u = x + 9
        out.append((id(u) == il, id(u) == ir))
        del z, u
    return out

# an int, a float (a deopt back to the generic instruction), ints again
print(h([5000, 6000.5, 7000, 8000]))
