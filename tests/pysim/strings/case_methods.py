# upper, lower, title, capitalize, swapcase, casefold, including non-ASCII letters
words = ["hello world", "HELLO", "hello world's best", "they're bill's friends", "123abc def",
         "mIxEd CaSe", "straße", "ÉCOLE élève", "o'neil mc-donald"]
for w in words:
    print(repr(w), w.upper(), w.lower(), w.title(), w.capitalize(), w.swapcase(), w.casefold())
print("ß".upper(), "ß".lower(), "ß".casefold(), len("ß".upper()), "ÿ".upper(), "µ".upper())
print("Straße".casefold() == "STRASSE".casefold(), "Straße".lower() == "strasse")
print("σς".upper(), "ΣΑΣ".lower(), "ΌΣΟΣ".lower())
