# frozenset() is not a singleton in 3.12, but frozenset(fs) and fs.copy() return fs itself
a = frozenset()
b = frozenset()
print(a is b, a == b, len(a))
fs = frozenset([1, 2, 3])
print(frozenset(fs) is fs, fs.copy() is fs, fs | frozenset() is fs)
s = set(fs)
print(s is fs, frozenset(s) is fs, frozenset(s) == fs)
print(frozenset([]) is frozenset([]), frozenset(()) == set())
