# chr() and ord() over the code point range, and their errors
print(ord("a"), ord("Z"), ord("0"), ord(" "), ord("\n"), ord("é"), ord("€"), ord("😀"), ord(b"A"))
print(chr(97), chr(65), chr(48), repr(chr(0)), repr(chr(127)), chr(233), chr(8364), chr(0x1F600), repr(chr(0x10FFFF)))
print("".join(chr(ord("a") + i) for i in range(5)), [ord(c) - ord("a") for c in "hello"])
for bad in (lambda: chr(-1), lambda: chr(0x110000), lambda: ord("ab"), lambda: ord(""), lambda: chr("a"), lambda: ord(5)):
    try:
        print(bad())
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
