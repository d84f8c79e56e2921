x = 1
s = """a
b\N{xyz}"""
