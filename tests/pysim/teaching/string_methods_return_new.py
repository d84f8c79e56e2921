# a str method never changes the string it is called on
greeting = "  hello  "
greeting.strip()
greeting.upper()
print(repr(greeting))
greeting = greeting.strip().upper()
print(repr(greeting))
word = "banana"
replaced = word.replace("a", "o")
print(word, replaced)
letters = list(word)
letters[0] = "B"
print(letters, "".join(letters), word)
