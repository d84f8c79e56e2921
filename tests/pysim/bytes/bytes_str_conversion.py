# converting between text and bytes: encode, decode, str(), list(), ord
text = "Hi €"
raw = text.encode("utf-8")
print(raw, list(raw), len(text), len(raw))
print(str(raw), str(raw, "utf-8"), raw.decode(), repr(raw))
print([hex(b) for b in raw], bytes([ord(c) for c in "abc"]), "".join(chr(b) for b in b"xyz"))
print(bytes(text, "utf-16-be"), text.encode("utf-32-le")[:8], b"A"[0] + 1, chr(b"A"[0] + 1))
print(bytearray(text, "utf-8"), bytearray(raw).decode(), raw.decode("utf-8").encode("utf-8") == raw)
