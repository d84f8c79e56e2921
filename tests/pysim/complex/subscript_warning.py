# subscripting a complex literal: a compile-time SyntaxWarning, then TypeError
try:
    print(1j[0])
except TypeError as e:
    print("TypeError:", e)
