# joining or formatting a single str returns it unchanged; anything else builds a new string
s = "".join(["pie", "ce"])
print("".join([s]) is s, "-".join([s]) is s, "".join((s,)) is s)
print(f"{s}" is s, f"{s}!" is s, "{}".format(s) is s, str(s) is s, format(s, "") is s)
n = 42
print(f"{n}" is f"{n}", f"{n}" == "42")
