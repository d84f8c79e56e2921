# identifier-like literals are interned, so sys.intern of an equal run-time string finds them
import sys
word = "memory_model2"
phrase = "memory model!"
w = sys.intern("".join(["memory", "_model2"]))
p = sys.intern("".join(["memory", " model!"]))
print(w is word, p is phrase, p == phrase)
digits = "12345"
d = sys.intern(str(12345))
print(d is digits)
