# literal forms: raw, triple-quoted, implicit concatenation, escapes, continuations
print(r"C:\new\table", len(r"\n"), "C:\\new\\table", r"a\"b")
text = """first line
    indented "quotes" line
last"""
print(text)
print(len(text.splitlines()), repr('''a
b'''))
joined = ("one "
          "two " 'three')
print(joined, "x" "y" == "xy")
long = "start \
continued"
print(long)
print("\u00e9\N{GREEK SMALL LETTER ALPHA}\x41\101\t|", "\N{EURO SIGN}", "\U0001F600" == "😀")
print(R"RAW\t", rb"\x00", Rb"\n"[0], b"x" == B"x")
