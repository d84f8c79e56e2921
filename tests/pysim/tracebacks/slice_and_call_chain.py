# markers on a chain of attribute access, call and subscript
records = {"users": [{"name": "ann"}, {"name": "bob"}]}
print(records["users"][0]["name"].upper())
print(records["users"][1]["name"].title())
print(records["users"][1]["email"].lower())
