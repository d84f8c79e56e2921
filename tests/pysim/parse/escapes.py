print(repr("\0\7\10\177"), repr("\x7f\x80"))
print(repr("\u00e9\u0301"), len("\U0001F600"))
print(repr("\d"), repr("\w+"))
print("ok")
