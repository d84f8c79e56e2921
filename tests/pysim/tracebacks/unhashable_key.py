# using a list as a dict key
locations = {}
locations[(1, 2)] = "tuple key works"
print(locations)
locations[[3, 4]] = "list key fails"
