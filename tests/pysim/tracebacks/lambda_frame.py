# a lambda appears as <lambda> in the traceback
convert = lambda s: int(s) * 2
print(convert("21"))
values = ["1", "2", "three"]
print(list(map(convert, values)))
