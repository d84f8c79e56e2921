# strings built at run time are new objects even when equal to a literal ("hel" * 1 + "lo" is folded)
a = "hello"
b = "".join(["hel", "lo"])
c = "hel"
d = c + "lo"
e = "HELLO".lower()
f = "say hello".split()[1]
g = "xhellox"[1:6]
h = "hel" * 1 + "lo"
for s in (b, d, e, f, g, h):
    print(s == a, s is a)
