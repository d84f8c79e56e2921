# the cached one-character strings: ASCII ones are 48 bytes apart, U+0080..U+00FF ones 64 apart
t = "àáâ"
print(id(t[1]) - id(t[0]), id(t[2]) - id(t[0]))
print(id(chr(0xff)) - id(chr(0x80)))
print(id(chr(0x80)) - id(chr(0x7f)))
print(id(chr(200)) - id(chr(100)))
