# a generator expression runs lazily and can be consumed only once
def noisy(n):
    print("producing", n)
    return n
gen = (noisy(i) for i in range(3))
print("created")
print(next(gen))
print("after first")
print(list(gen))
print(list(gen))
squares = (i * i for i in range(4))
print(3 in (x for x in [1, 2, 3]), 4 in squares, list(squares))
first_big = next(noisy(v) for v in [1, 50, 100] if v > 10)
print(first_big)
short = any(noisy(v) > 1 for v in [0, 5, 9])
print(short)
