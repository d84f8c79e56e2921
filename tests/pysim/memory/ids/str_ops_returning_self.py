# str operations that change nothing give back the same object; case mappings always copy
s = "memory"
n = 0
print(s[:] is s, s[n:] is s, s[0:len(s)] is s, s + "" is s, "" + s is s, s * 1 is s)
print(s.strip() is s, s.rstrip("q") is s, s.replace("z", "y") is s, str(s) is s)
print(s.ljust(3) is s, s.center(6) is s, s.zfill(2) is s, s.expandtabs() is s)
print(s.removeprefix("x") is s, s.removesuffix("x") is s, s.split()[0] is s, s.partition("z")[0] is s)
print("".join([s]) is s, f"{s}" is s, format(s) is s, "%s" % s is s)
print(s.lower() is s, s.upper().lower() is s, s.title() is s, s.casefold() is s, s.swapcase() is s)
print(s.lower() == s, s[::1] is s, s[::-1][::-1] is s)
