# str operators: +, *, in, comparisons (code point order), len, ord and chr
a, b = "ab", "cd"
print(a + b, a * 3, 3 * a, repr(a * 0), repr(a * -2), a * True, "-" * 10)
print("b" in "abc", "ac" in "abc", "" in "", "A" in "abc", "abc" not in "ab")
print("apple" < "banana", "Zebra" < "apple", "a" < "B", "abc" < "abd", "ab" < "abc", "" < "a")
print("10" < "9", 10 < 9, "é" > "z", max("hello"), min("hello"), sorted("Hello"))
print(ord("a"), ord("A"), ord("€"), chr(97), chr(0x20AC), chr(ord("a") + 1), len("naïve"), len("😀"))
print("a" == "a", "a" != "A", "abc" == "ab" + "c", "1" == 1, "abc" > "ABC")
s = "x"
s += "y"
s *= 3
print(s, len(s))
for bad in (lambda: "a" * 2.0, lambda: "a" - "b", lambda: "a" < 1, lambda: "3" + 4, lambda: "a" * "b"):
    try:
        print(bad())
    except TypeError as e:
        print(type(e).__name__, e)
