# repr() vs str() vs ascii() for strings, numbers and containers
values = ["text", "it's", "é", 42, 3.0, None, True, [1, "a"], ("x",), {"k": "v"}, b"b\x00", "line\n"]
for v in values:
    print(str(v), repr(v), ascii(v), sep=" | ")
class Temp:
    def __init__(self, d):
        self.d = d
    def __repr__(self):
        return f"Temp({self.d})"
t = Temp(21.5)
print(t, str(t), repr(t), [t], f"{t}", ascii(Temp("é")))
print(repr(repr("q")), str(str), repr(1e-7), ascii("😀"), repr("😀"), ascii(["ñ"]))
