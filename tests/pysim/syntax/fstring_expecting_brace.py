name = "Ada"
msg = f"Hello {name"
