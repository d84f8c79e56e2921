# print() with several arguments, sep, end, no arguments, and starred lists
print("a", "b", "c")
print("a", "b", "c", sep="")
print("a", "b", "c", sep=", ", end=".\n")
print("no newline", end="")
print(" <- continued")
print()
print(1, 2.0, None, True, [3], sep="|")
nums = [1, 2, 3]
print(*nums)
print(*nums, sep="-", end="!\n")
print(*"xyz", sep=" / ")
print("x", end="")
print("y", end="")
print(sep="ignored")
print("", "", sep="+")
print("tab\tand", "nl\\n", sep=None, end=None)
print(*[], "only", *(), sep="#")
try:
    print("a", sep=5)
except TypeError as e:
    print(type(e).__name__, e)
