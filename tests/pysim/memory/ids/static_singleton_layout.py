# The static singletons sit where CPython 3.12 lays them out: small ints,
# bytes and str singletons and () in one runtime struct, so the distances
# between them are fixed; one-letter identifier strings are runtime
# identifiers, apart from the one-character cache.
z = id(-5)
print(id(10) - z, id(11) - id(10), id(256) - z)
print(id(b'') - z, id(b'\x00') - z, id(b'a') - id(b'\x00'))
print(id('') - z, id(chr(0)) - z, id(chr(97)) - id(chr(0)), id(chr(233)) - id(chr(128)))
print(id(()) - z)
print(id('a') - z, id('b') - id('a'), id('x') - id('a'), id('_') - id('a'))
print('q' is chr(113), 'a' is chr(97), 'a' is 'abc'[0])
print(id(None) - z, id(True) - id(False), id(...) - id(None), id(NotImplemented) - id(None))
