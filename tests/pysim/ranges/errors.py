# range argument errors and index errors (the last one uncaught)
for args in [(1, 5, 0), (1.5,), ("3",), (), (1, 2, 3, 4)]:
    try:
        print(range(*args))
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    print(len(range(10 ** 20)))
except OverflowError as e:
    print(type(e).__name__, e)
print(range(10 ** 20)[-1], range(3)[-3])
r = range(3)
print(r[3])
