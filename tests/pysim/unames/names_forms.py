# \N{...} in every kind of literal.
x = 5
print(f"\N{DIGIT ONE}{x}\N{DIGIT TWO}")
print(f"{{\N{DIGIT ONE}}}", f"\N{DIGIT ONE}{{}}")
print(f"{x:\N{DIGIT ZERO}>4}")
print(f"""a
\N{GREEK SMALL LETTER BETA}""")
print("""first
\N{GREEK SMALL LETTER GAMMA} second""")
print("\N{DIGIT ONE}" "\N{DIGIT TWO}" f"\N{DIGIT THREE}{x}")
print(u"\N{DIGIT ONE}", "\N{DIGIT ONE}}", '\N{APOSTROPHE}\N{QUOTATION MARK}')
print("\\N{DIGIT ONE}", r"\N{DIGIT ONE}", rf"\N{x}", R"\N")
print(len("\N{LATIN SMALL LETTER A}\
\N{LATIN SMALL LETTER B}"))
# bytes have no \N escape: the backslash stays (with a SyntaxWarning)
print(b"\N{DIGIT ONE}", rb"\N{DIGIT ONE}")
