a, b = 1, 2
s = f"""first {a}
second {
    b
}
third {a +
b}"""
print(s)
print(f"{a:\n}" if False else "x")
