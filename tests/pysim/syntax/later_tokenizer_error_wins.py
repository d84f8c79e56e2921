if x
    pass
s = "unterminated
