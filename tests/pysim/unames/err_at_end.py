s = "abc\N"
