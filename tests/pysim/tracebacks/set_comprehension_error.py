# error inside a nested set comprehension in a function
def initials(names):
    return {n[0].upper() for n in names}
print(sorted(initials(["ann", "bob"])))
print(initials(["cy", ""]))
