x = 1
s = f"""value {x}
more
