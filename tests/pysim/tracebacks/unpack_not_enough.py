# unpacking fewer values than targets inside a loop
rows = [(1, "a", True), (2, "b")]
for num, letter, flag in rows:
    print(num, letter, flag)
print("never")
