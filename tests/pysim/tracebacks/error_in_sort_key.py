# error inside a key function called by sorted
people = [("ann", 31), ("cy", 25)]
print(sorted(people, key=lambda p: p[1] + 0))
people.append(("bob", None))
by_age = sorted(people, key=lambda p: p[1] + 0)
