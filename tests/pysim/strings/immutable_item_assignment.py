# strings cannot be changed in place: item assignment and deletion fail
s = "hello"
try:
    s[0] = "H"
except TypeError as e:
    print(type(e).__name__, e)
try:
    del s[0]
except TypeError as e:
    print(type(e).__name__, e)
try:
    s.append("!")
except AttributeError as e:
    print(type(e).__name__, e)
t = "H" + s[1:]
print(s, t, s is t)
s[1:3] = "EL"
