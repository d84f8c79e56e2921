name, n = "world", 42
print(f"hello {name}!", F"{n}", f'{n + 1}', f"""{n * 2}""")
print(f"{{literal}} {n}", f"{'nested quotes'}", f"{name!r} {name!s} {name!a}")
print(f"{n:5d}|{n:<5}|{n:^7}|{n:>5}|{3.14159:.2f}|{n:#x}|{n:08b}")
