# str.encode / bytes.decode with utf-8, latin-1, ascii and error handlers
s = "héllo €"
data = s.encode()
print(data, len(s), len(data), data.decode(), data.decode("utf-8") == s)
print("abc".encode("ascii"), "é".encode("latin-1"), "é".encode("utf-16-le"), "€".encode("utf-8"))
print(s.encode("ascii", errors="replace"), s.encode("ascii", "ignore"), s.encode("ascii", "xmlcharrefreplace"))
print(s.encode("ascii", "backslashreplace"), b"caf\xe9".decode("latin-1"), b"caf\xc3\xa9".decode("latin-1"))
print(b"\xff\xfeab".decode("utf-8", "replace"), b"ab\xff".decode("ascii", "ignore"), b"\xe2\x82".decode("utf-8", "replace"))
for text, enc in (("é", "ascii"), ("€", "latin-1"), ("ok€", "ascii")):
    try:
        text.encode(enc)
    except UnicodeEncodeError as e:
        print(type(e).__name__, e)
for raw in (b"\xff", b"ab\xc3", b"\xe9t\xe9"):
    try:
        raw.decode()
    except UnicodeDecodeError as e:
        print(type(e).__name__, e)
try:
    b"x".decode("no-such-codec")
except LookupError as e:
    print(type(e).__name__, e)
