# bytes literals and constructors; indexing gives ints, slicing gives bytes
b = b"Hello\x00\xff\n\t'\"\\"
print(b, len(b), b[0], b[-1], b[1:3], b[5:7], list(b[:3]), type(b[0]).__name__)
print(bytes([65, 66, 67]), bytes(3), bytes(range(5)), bytes("é", "utf-8"), bytes(), bytes(b"xy"))
print(b"it's", b'say "x"', b"both ' \"", b"\x7f\x80", b"\r\x1b", rb"\n", b"a" b"b")
for byte in b"hi!":
    print(byte, chr(byte), hex(byte))
print(b[::-1], b[::3], b"abc"[1], b"abc"[-1:], bytes([b[0]]))
print(97 in b"abc", b"bc" in b"abc", b"" in b"abc", b"abc".index(99))
for bad in ([256], [-1], ["a"], "text", 1.5):
    try:
        print(bytes(bad))
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
