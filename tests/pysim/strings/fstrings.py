# f-strings: expressions, !r/!s/!a, =, nested specs, quotes and braces
name, n, pi = "Ada", 7, 3.14159
items = ["x", "y"]
print(f"{name} {n * 2} {pi:.2f} {items[0]} {len(items)} {name.upper()} {n > 5}")
print(f"{name!r} {name!s} {'é'!a} {items!r} {n!r:>4}|")
print(f"{n=} {pi=:.1f} {name = } {n + 1=} {items[-1]=!s}")
width, prec = 8, 3
print(f"[{pi:{width}.{prec}f}] [{name:>{width}}] [{n:0{width}b}]")
print(f"{{braces}} {{{n}}} {'quoted'} {"double"} {'a' if n else 'b'} {(lambda x: x * 2)(n)}")
d = {"key": "value"}
print(f"{d['key']} {d["key"]} {3 + 4:>5} {-n:+} {n:#x}")
print(f"""triple {name}
second line {n}""", f"{name}" f"{n}", rf"raw\n{n}", f"{''}|{' ':3}|")
print(f"{f'{n}'*2} {n:{'>'}{5}} {n!r:{width}}|")
