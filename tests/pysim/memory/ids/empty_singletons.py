# the empty str, tuple and bytes are unique objects however they are made (but b"ab" * 0 is not)
e = ""
t = ()
b = b""
s = "abc"
pair = (1, 2)
n = 0
print(s[3:] is e, s[n:n] is e, str() is e, "".join([]) is e, s.replace(s, "") is e, s * n is e)
print(tuple([]) is t, tuple() is t, pair[5:] is t, tuple(x for x in []) is t, t + t is t, pair * n is t)
print(bytes() is b, b"xyz"[3:] is b, bytes([]) is b, bytes(n) is b, b"ab" * n is b)
print(str(b, "ascii") is e, b.decode() is e, e.encode() is b, f"{e}" is e, e.strip() is e)
print(list() is list(), [] is [], {} is {}, set() is set())
