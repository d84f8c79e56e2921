# one-character strings up to U+00FF made at run time are cached singletons
s = "hello"
i = 1
print(s[i] is s[i], s[0] is s[0], s[i] is s[i + 1], s[2] is s[3])
print(list(s)[2] is list(s)[3], chr(108) is s[2], chr(ord("h")) is s[0])
for ch in s:
    if ch is s[2]:
        print("found the cached l")
word = "é!é"
print(word[0] is word[2], chr(233) is word[0], chr(0xe9) is chr(233))
w = "€x€"
print(w[0] is w[2], w[0] == w[2], chr(8364) is chr(8364))
print(str(5) is str(5), str(5) == "5", repr(7) is repr(7))
