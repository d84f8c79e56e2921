# the remaining str helpers: str.format_map, isprintable, casefold compare, zfill and count
data = {"who": "world", "n": 3}
print("hello {who} x{n}".format_map(data), "{who!r:>10}".format_map(data))
print("Tab\t".isprintable(), "ok".isprintable(), "".isprintable(), " ".isspace(), "".isspace())
print("ABC".isupper(), "AbC".isupper(), "A1".isupper(), "1".isupper(), "a b".islower(), "Title Case".istitle())
print("x".join(["1", "2"]).zfill(5), str.upper("abc"), str.join("-", "xyz"), str.count("aaa", "a"))
print(len("".join(["ab"] * 1000)), "abc".__len__(), "abc".__contains__("b"), "a".__add__("b"))
