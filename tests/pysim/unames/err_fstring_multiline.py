s = f"""a
\N{xyz}"""
