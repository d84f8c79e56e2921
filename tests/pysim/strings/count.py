# str.count: non-overlapping matches, empty substring, start/end
s = "banana"
print(s.count("a"), s.count("an"), s.count("ana"), s.count("z"), s.count(""))
print("aaaa".count("aa"), "".count(""), "".count("a"), "abc".count("", 1), "abc".count("", 5))
print(s.count("a", 2), s.count("a", 2, 4), s.count("a", -2), s.count("a", 10))
text = "the cat sat on the mat with the hat"
print(text.count("the"), text.count("at"), text.count(" ") + 1, len(text.split()))
try:
    s.count()
except TypeError as e:
    print(type(e).__name__, e)
