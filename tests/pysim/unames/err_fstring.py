s = f"{1}\N{NOPE}"
