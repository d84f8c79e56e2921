# conditional expressions inside comprehensions versus filtering ifs
nums = range(-3, 4)
print([n if n >= 0 else 0 for n in nums])
print([n for n in nums if n >= 0])
print(["even" if n % 2 == 0 else "odd" for n in range(5)])
print({n: ("pos" if n > 0 else "neg" if n < 0 else "zero") for n in nums})
grades = [("ann", 91), ("bob", 72), ("cy", 85)]
print([name.title() + ("!" if g >= 90 else "") for name, g in grades if g > 80])
print([c if c.isalpha() else "_" for c in "a1b2-c"])
