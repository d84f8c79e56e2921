# every float division-by-zero message, then one uncaught in a function
cases = [
    lambda: 1.0 / 0, lambda: 1 / 0.0, lambda: 1.0 // 0, lambda: 1.0 % 0,
    lambda: divmod(1.0, 0), lambda: 0.0 ** -1, lambda: 0 ** -1.5, lambda: 5 % 0.0,
]
for f in cases:
    try:
        print(f())
    except ZeroDivisionError as e:
        print(type(e).__name__, e)

def average(values):
    return sum(values) / len(values)

print(average([1.5, 2.5, 3.5]))
print(average([]))
