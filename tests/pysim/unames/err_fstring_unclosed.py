s = f"ab\N{DIGIT ONE"
