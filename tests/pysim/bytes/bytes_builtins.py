# bytes and bytearray with the builtins: ord, len, sorted, int(), str(b, enc), unpacking ...
def t(f):
    try:
        r = f()
        print("OK", repr(r))
    except Exception as e:
        print(type(e).__name__ + ":", e)
t(lambda: ord(b"a"))
t(lambda: ord(bytearray(b"z")))
t(lambda: ord(b"ab"))
t(lambda: (len(b"abc"), sum(b"\x01\x02"), max(b"az"), min(bytearray(b"az")), sorted(b"cba"), list(b"ab"), tuple(bytearray(b"ab"))))
t(lambda: (sorted(set(b"abca")), dict.fromkeys(b"ab"), list(reversed(bytearray(b"ab"))), list(enumerate(b"ab")), list(zip(b"ab", b"cd"))))
t(lambda: (any(b"\x00"), all(b"ab"), bool(b""), bool(bytearray(b"x")), int(b"12"), float(b"1.5"), int(bytearray(b" 7 "))))
t(lambda: (ascii(b"\xff"), isinstance(b"", bytes), str(bytearray(b"q")), b"a" in [b"a"], {b"a": 1}[b"a"], max(b"ab", b"b")))
t(lambda: (bytes(reversed(b"abc")), bytes(map(lambda c: c + 1, b"abc")), bytes(filter(lambda c: c > 97, b"abc"))))
t(lambda: (int.from_bytes(b"\x01\x00", "big"), (258).to_bytes(2, "little"), f"{b'x'!r}", "x".encode(), "é".encode("latin-1")))
t(lambda: (b"a" == bytearray(b"a"), {b"a", bytes(b"a")}, hash(b"ab") == hash(bytes(bytearray(b"ab")))))
t(lambda: int(b"0x10", 16))
t(lambda: int(b"z"))
t(lambda: float(b"x"))
t(lambda: str(b"abc", "ascii"))
t(lambda: str(bytearray(b"abc"), "ascii", "strict"))
t(lambda: bytes(b"abc").decode("utf-8").encode("utf-16"))
t(lambda: b"ab" * 2 + bytearray(b"c") * 2)
t(lambda: [x for x in b"hi"])
t(lambda: {c: chr(c) for c in b"ab"})
t(lambda: b"abc"[True])
t(lambda: bytearray(b"abc")[False:True])
a, b, c = b"xyz"
print(a, b, c)
first, *rest = bytearray(b"xyz")
print(first, rest)
print(*b"ab", sep=",")
x = bytearray(b"abc")
for i, ch in enumerate(x):
    if ch == 98:
        x[i] = 66
print(x)
print(b"abc" if b"" else b"def", b"" or b"default", bytearray() or "empty")
