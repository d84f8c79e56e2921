# int.to_bytes and int.from_bytes with byte orders, sign and overflow
print((1024).to_bytes(2, "big"), (1024).to_bytes(2, "little"))
print((1024).to_bytes(4, byteorder="big"))
print((65).to_bytes(), (255).to_bytes(1, "big"))
print((-1).to_bytes(2, "big", signed=True), (-256).to_bytes(2, "little", signed=True))
print(int.from_bytes(b"\x04\x00", "big"), int.from_bytes(b"\x04\x00", "little"))
print(int.from_bytes(b"\xff\xff", "big"), int.from_bytes(b"\xff\xff", "big", signed=True))
print(int.from_bytes(b"ABC", "big"), int.from_bytes([1, 2, 3], "little"))
print(int.from_bytes(b"", "big"), int.from_bytes(b"\x80"))
big = 2 ** 100 + 5
data = big.to_bytes(13, "big")
print(data, int.from_bytes(data, "big") == big)
tests = [(256, 1, False), (-1, 1, False), (128, 1, True), (-129, 1, True)]
for value, length, signed in tests:
    try:
        print(value.to_bytes(length, "big", signed=signed))
    except OverflowError as e:
        print(type(e).__name__, e)
try:
    (5).to_bytes(1, "middle")
except ValueError as e:
    print(type(e).__name__, e)
