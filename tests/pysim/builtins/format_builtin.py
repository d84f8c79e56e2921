# format() with specs for ints, floats, strings and other objects
print(format(255, "x"), format(3.14159, ".2f"), format("abc", ">5"), format(True), format(None), format(12))
print(format(1234567, ","), format(0.5, "%"), format(42, "b"), format(-1, "+"), format(7, "03"), format("x", "^3"))
print(repr(format("")), format([1, 2]), format((1,), ""), format(2 ** 64, "_"), format(1e-7, "f"))
class Money:
    def __init__(self, v):
        self.v = v
    def __format__(self, spec):
        return f"${self.v:{spec or '.2f'}}"
print(format(Money(3)), f"{Money(2.5):.1f}", "{:.0f}".format(Money(9.5)))
try:
    format([1], "x")
except TypeError as e:
    print(type(e).__name__, e)
