# in 3.12 the literals a b c d e n p r s x _ are static identifier strings, not the cached characters
chars = "abcdefnoprsxyz_!"
literals = ["a", "b", "c", "d", "e", "f", "n", "o", "p", "r", "s", "x", "y", "z", "_", "!"]
for i in range(len(chars)):
    print(chars[i], chars[i] is literals[i], chars[i] == literals[i])
a = "a"
f = "f"
fruit = "banana"
print(chr(97) is a, chr(102) is f, fruit[1] is fruit[3])
