# a temporary is freed before the next one is made, so the two can share an address
print(id([]) == id([]))
print(id([1, 2]) == id([3, 4, 5]))
print(id(object()) == id(object()))
print(id({}) == id({}))
a = []
b = []
print(id(a) == id(b), a is b)
x = 2.0
print(id(x * 3) == id(x * 4))
print([] is [])
