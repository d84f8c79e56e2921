# split() results are new strings, except that one-character pieces are cached characters
text = "to be or not to be"
words = text.split()
print(words[0] == words[4], words[0] is words[4], words[1] is words[5])
letters = "q w q".split()
print(letters[0] is letters[2], letters[0] is text[0:0] + "q")
parts = "x,y,x".split(",")
print(parts[0] is parts[2], parts[0] is chr(120))
long = "abc abc".split()
print(long[0] is long[1], long[0] == long[1])
