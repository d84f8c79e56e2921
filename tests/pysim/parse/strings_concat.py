s = "abc" 'def' """ghi"""
t = ("multi"
     "line"
     'concat')
u = u"unicode" "more"
print(s, t, u)
print(b"by" b'tes', rb"\d" Br'\w', bR"x")
