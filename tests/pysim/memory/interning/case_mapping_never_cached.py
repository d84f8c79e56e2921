# upper() and lower() always build a new string, even a one-character one
import sys
small_a = chr(97)
print("A".lower() is small_a, "A".lower() == small_a)
up = "é".upper()
print(up is chr(201), sys.getsizeof(up), sys.getsizeof(chr(201)))
down = "É".lower()
print(down is chr(233), sys.getsizeof(down))
word = "x"
print(word.upper().lower() is word, word.lower() is word)
