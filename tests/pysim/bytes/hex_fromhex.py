# bytes.hex with separators and bytes.fromhex, round trips and errors
data = bytes([0, 15, 16, 255, 171])
print(data.hex(), data.hex(":"), data.hex(" ", 2), data.hex("-", -2), bytearray(b"\x01\x02").hex())
print(bytes.fromhex("de ad be ef"), bytes.fromhex("00FF10"), bytes.fromhex(""), bytearray.fromhex("41 42"))
print(bytes.fromhex(data.hex()) == data, b"hi".hex(), list(bytes.fromhex("0a0b")))
for bad in ("abc", "zz", "0x10"):
    try:
        print(bytes.fromhex(bad))
    except ValueError as e:
        print(type(e).__name__, e)
