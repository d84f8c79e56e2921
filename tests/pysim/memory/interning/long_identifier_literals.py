# identifier-like literals of any length are interned; sys.intern of an equal string finds them
import sys
long_name = "a_very_long_identifier_like_string_with_digits_0123456789"
built = "".join(["a_very_long_identifier_like_string_", "with_digits_0123456789"])
print(built == long_name, built is long_name, sys.intern(built) is long_name)
dashed = "not-an-identifier"
built2 = "-".join(["not", "an", "identifier"])
print(sys.intern(built2) is dashed, sys.intern(built2) is built2)
print(sys.getrefcount(long_name), sys.getrefcount(dashed))
