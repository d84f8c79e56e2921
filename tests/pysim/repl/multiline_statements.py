# args: --repl
# def, for, class and if blocks are continued with ... prompts and ended by a blank line
def square(n):
    result = n * n
    return result

square(12)
for i in range(3):
    print(i, square(i))

class Box:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return f"Box({self.v!r})"

Box([1, 2])
if True:
    "inside an if"

