print("never")
s = "ab\N{NOT A CHARACTER NAME}cd"
