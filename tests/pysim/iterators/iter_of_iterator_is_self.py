# iter() of an iterator returns the same object; iter() of a list makes a fresh one each time
data = [1, 2, 3]
a = iter(data)
print(iter(a) is a, iter(data) is iter(data), iter(data) is data)
b = iter(data)
print(next(a), next(a), next(b), next(a, None), next(b))
it = iter("abcdef")
print(list(zip(it, it)))
for x in (it2 := iter([1, 2, 3, 4])):
    print(x, next(it2, "-"))
data.append(4)
c = iter(data)
data.append(5)
print(list(c))
