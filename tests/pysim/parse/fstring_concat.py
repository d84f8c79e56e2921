n = 5
s = "a" f"{n}" 'b' f"c{n}d" "e"
print(s)
t = f"{n}" f"{n}"
print(t, u"x" f"{n}", f"" "")
