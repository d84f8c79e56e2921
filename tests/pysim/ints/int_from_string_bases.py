# int() of strings: bases, prefixes, underscores, whitespace, and the errors
print(int("ff", 16), int("FF", 16), int("0xff", 16), int("0x1F", 0))
print(int("0b101", 0), int("0o17", 0), int("017", 8), int("z", 36), int("10", 2))
print(int("1_000_000"), int("0x_ff", 16), int(" 42 "), int("\t-7\n"), int("+5"))
print(int("-0"), int("000123"), int("12345678901234567890123"))
bad = ["12", "0x10", "1__0", "", " ", "1.5", "_1", "1_", "4 2", "0b2", "017"]
for text in bad:
    base = 2 if text == "12" else 10
    if text in ("0b2", "017"):
        base = 0
    try:
        print(int(text, base))
    except ValueError as e:
        print(type(e).__name__, e)
try:
    int("5", 1)
except ValueError as e:
    print(type(e).__name__, e)
try:
    int(5, 10)
except TypeError as e:
    print(type(e).__name__, e)
