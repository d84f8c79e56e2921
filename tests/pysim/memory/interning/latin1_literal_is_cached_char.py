# a one-character literal from U+0080..U+00FF is the same cached object as chr() gives
e = "é"
cafe = "café"
print(e is chr(233), e is cafe[3], e is cafe[3:4])
n = "ñ"
word = "aña"
print(n is chr(0xf1), n is word[1])
euro = "€"
print(euro is chr(8364), euro == chr(8364))
