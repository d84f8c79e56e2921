print("it's", 'say "hi"', "\"esc\"", '\'esc\'')
print("""she said "x" """, '''it's''')
print("a" "b" 'c', "tab\tsep".split("\t"))
print(len(""), len(''), len(""""""))
