# looking up a missing key inside a function: uncaught KeyError with its traceback
person = {"name": "Ada", "born": 1815}

def describe(p):
    return p["name"] + " (" + str(p["born"]) + ", age " + str(p["age"]) + ")"

print(person.get("age", "unknown"))
print("age" in person, "name" in person, 1815 in person)
print(describe(person))
