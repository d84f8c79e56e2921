# str.split(sep): empty fields are kept, multi-character separators, maxsplit
print("a,b,,c".split(","), ",a,".split(","), "".split(","), "abc".split(","))
print("a, b, c".split(", "), "a::b::c".split("::"), "aaa".split("a"), "a--b---c".split("--"))
print("1,2,3,4".split(",", 2), "1,2,3,4".split(",", 0), "1,2,3,4".split(",", maxsplit=1))
print("a b  c".split(" "), "x\ny\n".split("\n"), "key=value=x".split("=", 1))
try:
    "abc".split("")
except ValueError as e:
    print(type(e).__name__, e)
try:
    "abc".split(1)
except TypeError as e:
    print(type(e).__name__, e)
name, _, domain = "user@example.com".partition("@")
print(name, domain, "user@example.com".split("@"))
