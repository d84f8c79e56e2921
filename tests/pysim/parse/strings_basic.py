print('single', "double", '''triple
single''', """triple
double""")
print("tab\there", "new\nline", "back\\slash", "q\"uote", 'a\'b')
print(r"raw\n", R'raw\t', "\x41\u20ac\U0001F600", "\101\0")
print("line \
continued", len("\a\b\f\v\r"))
