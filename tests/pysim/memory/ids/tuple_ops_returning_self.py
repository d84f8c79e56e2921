# tuple operations that keep every item give back the same tuple; lists always copy
t = (1, "two", [3])
print(t[:] is t, tuple(t) is t, t * 1 is t, t + () is t, () + t is t, t[0:3] is t, t[::1] is t)
print(t[::-1] is t, t[0:2] is t, t * 2 is t)
l = [1, "two", [3]]
print(l[:] is l, list(l) is l, l * 1 is l, l + [] is l, l.copy() is l, l[::1] is l)
print(l[:] == l, l[:][2] is l[2], tuple(l)[2] is l[2], list(t)[2] is t[2])
b = b"bytes"
print(b[:] is b, bytes(b) is b, b + b"" is b, b * 1 is b, b.strip() is b, b.replace(b"q", b"r") is b)
ba = bytearray(b)
print(bytearray(ba) is ba, ba[:] is ba, bytes(ba) is b)
