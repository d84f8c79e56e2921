# starred targets collect the remaining items into a list
first, *rest = [1, 2, 3, 4]
print(first, rest)
*init, last = "hello"
print(init, last)
a, *middle, z = range(6)
print(a, middle, z)
head, *tail = [1]
print(head, tail)
x, *y, w = 1, 2
print(x, y, w)
*everything, = (5, 6)
print(everything, type(everything).__name__)
(p, *q), r = "abc", 9
print(p, q, r)
first, *_, last = [10, 20, 30, 40, 50]
print(first, last, _)
k, *v = {"a": 1, "b": 2, "c": 3}
print(k, v)
