# every [] or {} expression makes a brand-new object, unlike names that share one
a = []
b = []
print(a == b, a is b)
c = a
print(a is c)
a.append("x")
print(a, b, c)
make = lambda: []
first, second = make(), make()
print(first is second, first == second)
empty_tuple = ()
print(len(empty_tuple), empty_tuple == tuple())
