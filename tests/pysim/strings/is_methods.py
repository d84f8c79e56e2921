# the is* predicates of str over a table of tricky inputs
samples = ["abc", "ABC", "Abc", "Hello World", "abc123", "123", "12.5", "-5", "", " ",
           "\t\n", "½", "²", "x_1", "1x", "café", "ñ", "hello!", "\x07", "Ab Cd E"]
names = ["alpha", "digit", "decimal", "numeric", "alnum", "space", "upper", "lower",
         "title", "identifier", "printable", "ascii"]
print(" ".join(n[:5] for n in names))
for s in samples:
    flags = [getattr(s, "is" + n)() for n in names]
    print(" ".join(("T" if f else ".").rjust(5) for f in flags), ascii(s))
