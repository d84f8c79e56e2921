# bytes operators: +, *, comparisons, and mixing with str or bytearray
a, b = b"ab", bytearray(b"cd")
print(a + a, a * 3, a + b, b + a, type(a + b).__name__, type(b + a).__name__)
print(a == b"ab", a == "ab", a == bytearray(b"ab"), b"abc" < b"abd", b"Z" < b"a", b"" < b"\x00")
print(b"ab" < bytearray(b"b"), a * 0, a[0] == 97, a[0] == b"a", a[0:1] == b"a")
x = b"x"
y = x
x += b"y"
print(x, y, x is y)
m = bytearray(b"x")
n = m
m += b"y"
print(m, n, m is n)
for bad in (lambda: a + "c", lambda: "c" + a, lambda: a + 1, lambda: a < "b"):
    try:
        print(bad())
    except TypeError as e:
        print(type(e).__name__, e)
print(sorted([b"b", b"a", b"C"]), max(b"hello"), sum(b"\x01\x02\x03"), b"aa" * True)
