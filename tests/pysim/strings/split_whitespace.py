# str.split() without a separator: runs of whitespace, edges, maxsplit
print("a b  c".split(), "  lead and trail  ".split(), "tabs\tand\nnewlines\r\n x".split())
print("".split(), "   ".split(), "one".split(), "\x0b\x0c\x1c x \u3000y".split())
print("a b c d".split(None, 1), "a b c d".split(maxsplit=2), "  a b  ".split(maxsplit=1))
print("a b c".split(None, 0), "  a b c".split(None, 0), "a b c".split(maxsplit=-1))
print("  x  ".rsplit(), "a b c d".rsplit(None, 1), "  a b  ".rsplit(maxsplit=1))
words = "the quick  brown fox".split()
print(len(words), words[-1], words)
