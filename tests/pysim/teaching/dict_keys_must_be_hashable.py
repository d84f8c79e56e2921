# only hashable (immutable) values can be dict keys; a list key fails
locations = {}
locations[(52.5, 13.4)] = "Berlin"
locations["home"] = "here"
locations[42] = "answer"
print(locations)
key = (1, 2)
print(hash(key) == hash((1, 2)), locations.get((52.5, 13.4)))
coords = [48.9, 2.35]
locations[coords] = "Paris"
