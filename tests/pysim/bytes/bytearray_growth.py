# bytearray keeps a separate buffer that over-allocates as it grows:
# sys.getsizeof is 56 + the allocation, which __alloc__() reports
import sys
b = bytearray()
sizes = []
for i in range(40):
    b.append(i)
    sizes.append(b.__alloc__())
print(sizes)
print(sys.getsizeof(bytearray()), sys.getsizeof(bytearray(b"a")), sys.getsizeof(bytearray(10)))
print([sys.getsizeof(bytearray(b"x" * n)) for n in range(10)])
b = bytearray(b"abc")
b.clear()
print(sys.getsizeof(b), b.__alloc__())
b = bytearray(b"abcdefghij")
del b[0]
print(b.__alloc__(), end=" ")
del b[0:3]
print(b.__alloc__(), len(b), end=" ")
b.append(1)
print(b.__alloc__(), b)
b = bytearray(b"abcdefghij")
del b[5:]
print(b.__alloc__(), end=" ")
del b[1:]
print(b.__alloc__(), b)
b = bytearray()
b.extend(range(5))
print(b.__alloc__(), end=" ")
b = bytearray()
b.extend(b"hello")
print(b.__alloc__(), end=" ")
b = bytearray(b"x")
b.extend([1, 2, 3])
print(b.__alloc__(), end=" ")
b = bytearray(b"x")
b.extend(i for i in range(40))
print(b.__alloc__(), len(b))
b = bytearray(b"ab")
b += b"cd"
print(b.__alloc__(), end=" ")
b *= 3
print(b.__alloc__(), end=" ")
b *= 0
print(b.__alloc__(), b)
b = bytearray(b"abc")
b[0:1] = b"xyz"
print(b.__alloc__(), end=" ")
b[1:3] = b""
print(b.__alloc__(), b)
b = bytearray(b"abcdef")
b[::2] = b"xyz"
print(b, b.__alloc__(), end=" ")
del b[::2]
print(b, b.__alloc__())
b = bytearray(b"abcdef")
b.insert(0, 65)
print(b.__alloc__(), end=" ")
b.pop()
print(b.__alloc__(), end=" ")
b.remove(65)
print(b.__alloc__(), b)
made = [bytearray(b"abc").copy(), bytearray(b"ab") + b"c", bytearray(b"ab") * 2, bytearray(b"abc")[1:],
        bytearray(5), bytearray([1, 2]), bytearray((1, 2)), bytearray(iter([1, 2])), bytearray("ab", "ascii"),
        bytearray(b""), bytearray([]), bytearray(x for x in [1]), bytearray(b"abc").upper(),
        bytearray(b" abc ").strip(), bytearray(b"abc").translate(None, b"a"), bytearray.fromhex("4142"),
        bytearray(b"%s") % b"xyz", bytearray(b",").join([b"a", b"b"]), bytearray(b"ab").replace(b"a", b"xyz"),
        bytearray([1, True, 3]), bytearray(range(20)), bytearray(b"a b c").split()[0]]
print([m.__alloc__() for m in made])
b = bytearray(b"0123456789" * 3)
for k in range(5):
    del b[:4]
    print(len(b), b.__alloc__(), end="; ")
print()
b = bytearray(b"0123456789" * 3)
while b:
    b.pop(0)
print(b.__alloc__())
b = bytearray(100)
while len(b) > 3:
    b.pop()
print(b.__alloc__(), len(b))
print(sys.getsizeof(b"a b c".split()), sys.getsizeof(b"a".split()), sys.getsizeof(b"".split()),
      sys.getsizeof(b"a b c d e f g h i j k l m n".split()), sys.getsizeof(b"a,b,c".split(b",")),
      sys.getsizeof(b"a b c".split(None, 1)), sys.getsizeof(b"a b c".rsplit()), sys.getsizeof(b"a\nb".splitlines()),
      sys.getsizeof(b"abc".split(b"x")), sys.getsizeof(bytearray(b"a b").split()))
