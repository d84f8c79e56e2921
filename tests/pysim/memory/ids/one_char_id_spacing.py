# the cached ASCII one-character strings sit in one array, 48 bytes apart
s = "abz"
print(id(s[1]) - id(s[0]), id(s[2]) - id(s[0]))
print(id(chr(49)) - id(chr(48)), id(chr(127)) - id(chr(0)))
digits = "0123456789"
gaps = [id(digits[k + 1]) - id(digits[k]) for k in range(9)]
print(gaps)
