# partition and rpartition: always a 3-tuple, separator found or not
print("key=value=more".partition("="), "key=value=more".rpartition("="))
print("novalue".partition("="), "novalue".rpartition("="), "".partition("x"))
print("=start".partition("="), "end=".rpartition("="), "a::b::c".partition("::"))
host, sep, port = "localhost:8080".partition(":")
print(host, sep, port, int(port) + 1)
head, sep, tail = "just a path".rpartition("/")
print(repr(head), repr(sep), repr(tail))
try:
    "abc".partition("")
except ValueError as e:
    print(type(e).__name__, e)
