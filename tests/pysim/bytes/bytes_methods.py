# bytes methods mirror str methods but work on bytes
b = b"  Hello, World  "
print(b.strip(), b.lower(), b.upper(), b.split(), b.strip().split(b", "), b.replace(b"l", b"L", 2))
print(b.find(b"World"), b.count(b"l"), b.startswith(b"  H"), b.endswith((b"x", b"  ")), b.index(b","))
print(b"-".join([b"a", b"b", b"c"]), b"abc".center(7, b"*"), b"42".zfill(5), b"a,b".partition(b","))
print(b"hello world".title(), b"Hello".swapcase(), b"abc".isalpha(), b"123".isdigit(), b" ".isspace())
print(b"line1\nline2\r\n".splitlines(), b"a\tb".expandtabs(4), b"xxabcxx".strip(b"x"), b"ab".ljust(4, b"."))
print(b"abc".removeprefix(b"a"), b"abc".removesuffix(b"c"), b"%d-%s" % (5, b"x"), b"%5.1f|" % 2.25)
table = bytes.maketrans(b"abc", b"xyz")
print(b"aabbcc".translate(table), b"hello".translate(None, b"l"))
try:
    b"abc".find("a")
except TypeError as e:
    print(type(e).__name__, e)
try:
    b"-".join(["a", "b"])
except TypeError as e:
    print(type(e).__name__, e)
