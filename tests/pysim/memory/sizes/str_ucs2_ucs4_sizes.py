# strings with characters past U+00FF take 2 or 4 bytes per character
import sys
for s in ("€", "€€", "a€", "Привет", "😀", "a😀", "😀😀😀", "€😀"):
    print(len(s), sys.getsizeof(s))
text = "abc"
print(sys.getsizeof(text), sys.getsizeof(text + "é"), sys.getsizeof(text + "€"), sys.getsizeof(text + "😀"))
