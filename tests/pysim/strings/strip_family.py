# strip, lstrip, rstrip: default whitespace, and a set of characters as argument
s = "  \t hello world \n "
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()))
print("xxhixx".strip("x"), "xyxhiyxy".strip("xy"), "  xxhixx ".strip(" x"), "hello".strip("olh"))
print("www.example.com".lstrip("w."), "www.example.com".rstrip(".moc"), "abc".strip(""))
print("0001200".lstrip("0"), "0001200".rstrip("0"), "1.500".rstrip("0").rstrip("."))
print(repr("   ".strip()), repr("".strip()), "hello".strip(None), repr("\u00a0x\u2003".strip()))
print("banana".strip("an"), "banana".lstrip("ab"), "mississippi".rstrip("ips"))
try:
    "x".strip(5)
except TypeError as e:
    print(type(e).__name__, e)
