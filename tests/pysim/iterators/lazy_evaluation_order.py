# map, filter and zip do their work only when asked, one item at a time
def show(tag, x):
    print(tag, x)
    return x

m = map(lambda x: show("map", x), [1, 2, 3])
f = filter(lambda x: show("filter", x) % 2, m)
print("nothing has run yet")
for value in f:
    print("loop got", value)
z = zip(map(lambda x: show("left", x), [1, 2, 3]), map(lambda x: show("right", x), "ab"))
print(list(z))
print(sum(show("gen", x) for x in range(2)))
