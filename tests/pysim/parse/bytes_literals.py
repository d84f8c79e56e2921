b = b"hello\x00\xff\n"
print(b, len(b), b[0], b[-2])
print(b'\101\102', br'\101', b"\t" == bytes([9]))
print(list(b"abc"), b"" == b"")
