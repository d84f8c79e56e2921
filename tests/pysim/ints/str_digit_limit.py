# the 4300-digit limit on int <-> str conversion (not on arithmetic or hex)
ok = 10 ** 4299
print(len(str(ok)))
big = 10 ** 4300
print(big % 9, big.bit_length())
print(len(hex(big)))
try:
    s = str(big)
except ValueError as e:
    print(type(e).__name__, e)
try:
    n = int("7" * 4301)
except ValueError as e:
    print(type(e).__name__, e)
print(int("7" * 4300) % 10)
print(f"{big:x}"[:8])
print(repr(big))
