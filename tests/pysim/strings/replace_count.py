# str.replace with and without count, empty old string, no match
s = "one fish two fish red fish"
print(s.replace("fish", "cat"), s.replace("fish", "cat", 1), s.replace("fish", "cat", 2))
print(s.replace("fish", "cat", 0), s.replace("fish", "cat", -1), s.replace("bird", "cat"))
print("abc".replace("", "-"), "abc".replace("", "-", 2), "".replace("", "x"), "aaa".replace("a", ""))
print("aaaa".replace("aa", "b"), "banana".replace("ana", "X"), "a.b.c".replace(".", "", 1))
t = "hello"
u = t.replace("l", "L")
print(t, u, t.replace("z", "Z") == t, t.replace("l", "_", 1))
print(t.replace("l", "_", count=1))
