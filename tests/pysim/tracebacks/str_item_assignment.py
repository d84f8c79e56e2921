# strings are immutable: item assignment fails
word = "hello"
print(word.upper())
print("J" + word[1:])
word[0] = "J"
