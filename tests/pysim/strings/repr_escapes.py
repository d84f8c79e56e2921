# repr of strings: quote choice, escapes for control and non-printable characters
samples = ["plain", "it's", 'say "hi"', "both ' and \"", "tab\there", "new\nline", "back\\slash",
           "\x00\x07\x1b\x7f", "é ñ ü", "\u200b", "\u00a0", "😀", "\r\n", "\x85", "\ud800", ""]
for s in samples:
    print(repr(s), len(s))
print(["a'b", 'a"b', "x\ny"], ("\t",), {"k\n": "v'"})
print("tab\there", "quote'\"", "back\\slash")
print(str("x"), repr(repr("x")), repr(str(5)), ascii("é😀\n"))
