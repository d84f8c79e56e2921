# which bytes results are cached singletons, which are the receiver itself, which are new
import sys
A = bytes([65])
a = bytes([97])
empty = bytes()
x = b"hello"
single = [
    ("slice", b"xAy"[1:2]), ("step slice", b"AxA"[::3]), ("upper", a.upper()), ("times one", A * 1),
    ("concat empty", empty + A), ("bytes(list)", bytes([65])), ("bytes(tuple)", bytes((65,))),
    ("bytes(range)", bytes(range(65, 66))), ("bytes(bytearray)", bytes(bytearray(b"A"))),
    ("encode", "A".encode()), ("strip", b" A ".strip()), ("split", b"A B".split()[0]),
    ("split sep", b"A,B".split(b",")[0]), ("rsplit", b"B A".rsplit()[1]), ("partition", b"A,B".partition(b",")[0]),
    ("join one", b"".join([A])), ("join bytearray", b"".join([bytearray(b"A")])), ("fromhex", bytes.fromhex("41")),
    ("replace", b"B".replace(b"B", b"A")), ("translate", b"B".translate(bytes.maketrans(b"B", b"A"))),
    ("center", A.center(1)), ("zfill", A.zfill(1)), ("removeprefix", b"xA".removeprefix(b"x")),
    ("percent c", b"%c" % 65), ("percent s", b"%s" % A), ("splitlines", b"A\n".splitlines()[0]),
    ("capitalize", a.capitalize()), ("expandtabs", A.expandtabs()), ("ljust", empty.ljust(1, A)),
    ("rstrip", b"Axx".rstrip(b"x")), ("lstrip", b"  A".lstrip()),
]
for name, value in single:
    print(name, value, value is A or value is a)
same = [
    ("strip", x.strip()), ("replace no match", x.replace(b"z", b"y")), ("lower", x.lower()),
    ("center narrow", x.center(3)), ("ljust", x.ljust(2)), ("zfill", x.zfill(2)), ("lstrip", x.lstrip()),
    ("removeprefix", x.removeprefix(b"z")), ("removesuffix", x.removesuffix(b"")), ("translate", x.translate(None)),
    ("expandtabs", x.expandtabs()), ("join one", b"".join([x])), ("times one", x * 1), ("plus empty", x + b""),
    ("empty plus", b"" + x), ("split", x.split()[0]), ("split sep", x.split(b"z")[0]),
    ("partition", x.partition(b"z")[0]), ("rpartition", x.rpartition(b"z")[2]), ("capitalize", x.capitalize()),
    ("upper", x.upper()), ("bytes()", bytes(x)), ("slice all", x[:]), ("slice 0:5", x[0:5]),
    ("splitlines", x.splitlines()[0]), ("replace count 0", x.replace(b"l", b"L", 0)),
    ("translate same", x.translate(bytes.maketrans(b"", b""))), ("replace empty", x.replace(b"", b"")),
]
for name, value in same:
    print(name, value is x)
zero = 0
n97 = 97
results = [bytes(), bytes(0), x * zero, x[5:], x.join([]), bytes.fromhex(""), empty % (), x.replace(x, b""), x.strip(x)]
print([r is empty for r in results])
ba = bytearray(b"hello")
print(ba.strip() is ba, ba.replace(b"z", b"y") is ba, ba[:] is ba, ba.copy() is ba, bytearray(ba) is ba, ba * 1 is ba)
print(sys.getsizeof(b""), sys.getsizeof(A), sys.getsizeof(x), sys.getsizeof(x * 100))
print(sys.getrefcount(A) == sys.getrefcount(empty), hash(x) == hash("hello"), hash(b"") == 0)
t = b"a" * 3
u = b"aaa"
print(t == u, t is u, hash(t) == hash(u), u[0] is n97, list(b"ab")[0] is n97)
