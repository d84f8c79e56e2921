# iter() and next(): defaults, StopIteration, and iter(callable, sentinel)
it = iter([10, 20])
print(next(it), next(it), next(it, "done"), next(it, None))
try:
    next(it)
except StopIteration as e:
    print(type(e).__name__, repr(e), e.value)
try:
    next([1, 2])
except TypeError as e:
    print(type(e).__name__, e)
try:
    iter(5)
except TypeError as e:
    print(type(e).__name__, e)
queue = [3, 2, 1, 0, 5]
pops = iter(queue.pop, 0)
print(list(pops), queue)
chars = iter("ab")
print(list(zip(chars, chars)), next(iter({"k": 1})), next(iter(range(3, 9))))
