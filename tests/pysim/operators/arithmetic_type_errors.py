# TypeError messages for every binary operator with unsupported operand types
import math
ops = {"+": lambda a, b: a + b, "-": lambda a, b: a - b, "*": lambda a, b: a * b,
       "/": lambda a, b: a / b, "//": lambda a, b: a // b, "%": lambda a, b: a % b,
       "**": lambda a, b: a ** b, "<<": lambda a, b: a << b, ">>": lambda a, b: a >> b,
       "&": lambda a, b: a & b, "|": lambda a, b: a | b, "^": lambda a, b: a ^ b}
for sym, fn in ops.items():
    for a, b in [(1, "x"), ([1], 2.5), (None, None)]:
        try:
            fn(a, b)
            print(sym, "ok")
        except TypeError as e:
            print(sym, "->", e)
x = "s"
try:
    x -= 1
except TypeError as e:
    print("-= ->", e)
try:
    x **= 2
except TypeError as e:
    print("**= ->", e)
