# and/or return one of their operands, evaluating the right only when needed
def v(x):
    print("eval", repr(x))
    return x
print(0 or "default", "" or [] or None, 3 or 4, None or 0)
print(0 and 1, 2 and 3, [] and "x", "a" and "b" and "c")
print(v(0) or v(5))
print(v(1) or v(5))
print(v(0) and v(5))
print(v(2) and v(5))
print(v(None) or v("") or v("last"))
name = ""
print(name or "anonymous", len(name or "anonymous"))
print(not 0, not "x", not [], not None, type(not 1).__name__)
print(1 and 2 or 3, 0 and 2 or 3, 1 or 2 and 3)
x = []
result = x and x[0]
print(repr(result))
items = [0, "", None, "hit", 5]
first_truthy = None
for i in items:
    first_truthy = first_truthy or i
print(first_truthy)
