# find/rfind return -1 when absent; index/rindex raise ValueError; start and end
s = "hello world, hello python"
print(s.find("hello"), s.rfind("hello"), s.find("hello", 1), s.find("o", 5, 8), s.find("zzz"))
print(s.find(""), s.rfind(""), s.find("", 100), s.find("h", -6), s.rfind("o", 0, 10))
print(s.index("world"), s.rindex("o"), s.index("o", 5), s.rindex("l", 0, 5))
print("abc".find("c", -1), "abc".find("a", -100), "abc".find("abcd"), "aaa".find("aa", 1))
for args in (("xyz",), ("hello", 20), ("o", 0, 4)):
    try:
        print(s.index(*args))
    except ValueError as e:
        print(type(e).__name__, e)
try:
    print(s.rindex("java"))
except ValueError as e:
    print(type(e).__name__, e)
print("python" in s, "Python" in s, "" in s, s.count("o"))
