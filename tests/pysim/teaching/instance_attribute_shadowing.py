# assigning through an instance creates an instance attribute that hides the class one
class Counter:
    count = 0

a = Counter()
b = Counter()
a.count = 5
print(a.count, b.count, Counter.count)
Counter.count = 10
print(a.count, b.count, Counter.count)
print(vars(a), vars(b))
del a.count
print(a.count, vars(a))
b.count += 1
print(b.count, Counter.count, vars(b))
