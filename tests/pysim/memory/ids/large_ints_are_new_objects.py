# a large int computed at run time is a new object each time: equal but not identical
def double(x):
    return x * 2
a = double(500)
b = double(500)
print(a, b, a == b, a is b, id(a) == id(b))
c = a
print(c is a, id(c) == id(a))
d = a + 0
print(d == a, d is a)
e = -a
print(e is -a, -e == a)
values = [10 ** 3 + i - i for i in range(3)]
print(values, values[0] is values[1], values[1] == values[2])
