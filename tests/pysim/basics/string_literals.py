# string literal forms: quotes, escapes, raw, triple-quoted, implicit concatenation
print('single', "double", 'it\'s', "say \"hi\"", 'mixed "q"', "it's")
print("tab:\t|", "newline:\\n", "backslash: \\")
print(r"raw \n stays", r'C:\path\to')
print("unicode: \u00e9 \N{GREEK SMALL LETTER ALPHA} \x41")
s = """line one
line two"""
print(s)
print("implicit " "concatenation " 'works')
print(repr('it\'s'), repr("say \"hi\""), repr('both \' and "'), repr("a\nb\t\\"))
print(len("\n"), len(r"\n"), len("\u00e9"))
t = ("parenthesised "
     "continuation")
print(t)
print("" == '', repr(""))
print(b"bytes\x00\xff", repr(b'it\'s'))
