# removeprefix/removesuffix remove one exact occurrence, unlike lstrip/rstrip
print("TestCase".removeprefix("Test"), "TestCase".removeprefix("Case"), "".removeprefix("x"))
print("report.txt".removesuffix(".txt"), "report.txt".removesuffix(".csv"), "aaa".removesuffix("a"))
print("abcabc".removeprefix("abc"), "xxhello".removeprefix("x"), "xxhello".lstrip("x"))
print("data.tar.tar".removesuffix(".tar"), "data.tar.tar".rstrip(".tar"), "a".removeprefix(""))
s = "unchanged"
print(s.removeprefix("zzz") == s, s.removesuffix("") == s)
try:
    "x".removeprefix(None)
except TypeError as e:
    print(type(e).__name__, e)
