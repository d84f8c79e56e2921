# calling next() on an exhausted iterator outside a loop: uncaught StopIteration
names = iter(["ann", "bob"])
print(next(names))
print(next(names))
print(next(names, "no more"))
print(next(names))
