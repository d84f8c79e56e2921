s = "a\
b\N{xyz}"
