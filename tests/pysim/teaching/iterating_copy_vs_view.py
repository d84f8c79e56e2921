# a dict's keys() is a live view, list(d) is a snapshot taken once
ages = {"ann": 30, "bob": 25}
view = ages.keys()
snapshot = list(ages)
ages["cy"] = 40
print(view, snapshot)
print(len(view), len(snapshot))
del ages["ann"]
print(view, snapshot, "ann" in view, "ann" in snapshot)
items = ages.items()
ages["bob"] = 26
print(items)
