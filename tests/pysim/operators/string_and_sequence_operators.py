# + and * on strings, lists and tuples; repetition edge cases
print("ab" + "cd", "ab" * 3, 3 * "ab", "ab" * 0, "ab" * -2, repr("" * 100))
print([1, 2] + [3], [0] * 4, 2 * [None], [1] * 0, (1,) * 3, () + ())
print([[1]] * 2, "-" * 10)
print("a" < "b", "Z" < "a", "apple" < "apricot", "abc" < "abcd", "" < "a")
print("%s is %d years" % ("Ann", 30), "%5.1f|%-4s|%03d" % (3.14159, "x", 7))
print("%r %s %%" % ("q", "q"), "%x %o %e" % (255, 8, 12345.678))
n = 3
print("=" * n + ">", [0, 1] * n)
s = "abc"
s += "def"
s *= 2
print(s)
print("con" "cat", "a" "b" * 2)
try:
    "ab" * 2.0
except TypeError as e:
    print("TypeError:", e)
try:
    "a" + 1
except TypeError as e:
    print("TypeError:", e)
