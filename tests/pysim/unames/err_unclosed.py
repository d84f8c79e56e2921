s = "\N{DIGIT ONE"
