# The parser joins bytes literals with PyBytes_Concat starting from b'',
# which returns a piece itself when the other side is empty: a literal of
# one non-empty piece is held twice by the AST arena while the module runs.
import sys
a = b'hello there'
print(sys.getrefcount(a))
b = b'hello' b' world'
print(sys.getrefcount(b))
c = b'hi' b''
print(sys.getrefcount(c))
d = b'' b'hey'
print(sys.getrefcount(d))
e = (b'qq', 1)
print(sys.getrefcount(e[0]))
f = b'x'
print(sys.getrefcount(f) > 10 ** 9)
g = 'text, not bytes'
print(sys.getrefcount(g))
def h():
    return b'in a function'
print(sys.getrefcount(h()))
