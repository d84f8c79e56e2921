# dict.fromkeys with a list value puts the same list under every key
rooms = dict.fromkeys(["kitchen", "hall"], [])
rooms["kitchen"].append("table")
print(rooms)
print(rooms["kitchen"] is rooms["hall"])
rooms = {name: [] for name in ["kitchen", "hall"]}
rooms["kitchen"].append("table")
print(rooms)
print(rooms["kitchen"] is rooms["hall"])
