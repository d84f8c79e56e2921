# f-strings: expressions, !r/!s/!a conversions, = debugging, nesting and braces
name = "Ada"
n = 3
items = [1, "two"]
print(f"hello {name}")
print(f"{name!r} {name!s} {'é'!a}")
print(f"{n + 1} {n * 2.5} {items}")
print(f"{n=}")
print(f"{n * 2 = }")
print(f"{name=!s} {items=}")
print(f"{{braces}} {{{n}}}")
print(f"{'nested ' + name.upper()}")
print(f"{items[1]!r:>8}|")
width = 6
print(f"[{n:{width}}] [{name:^{width}}]")
print(f"{None} {True} {3.0}")
d = {"k": 42}
print(f"{d['k']} {len(d)}")
print(f"{'yes' if n > 2 else 'no'}")
print(f"a" f"b{n}" "c")
print(f"""triple {n}""")
