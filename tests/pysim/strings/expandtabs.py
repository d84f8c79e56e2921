# expandtabs pads to the next tab stop; the column restarts after each newline
rows = ["a\tb\tc", "abcdefgh\ti", "\tx", "ab\t\tcd", "line1\tx\nab\ty", "12345678901\tz"]
for r in rows:
    print(repr(r.expandtabs()), repr(r.expandtabs(4)), repr(r.expandtabs(0)), repr(r.expandtabs(1)))
print(repr("a\tb".expandtabs(tabsize=3)), repr("x\r\ty".expandtabs(4)), repr("\t".expandtabs(-1)))
