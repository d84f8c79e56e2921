# exceptions raised inside comprehensions propagate to the enclosing try
values = ["1", "2", "x", "4"]
try:
    nums = [int(v) for v in values]
except ValueError as e:
    print("ValueError:", e)
try:
    print(nums)
except NameError as e:
    print("NameError:", e)
def safe_int(v):
    try:
        return int(v)
    except ValueError:
        return None
print([safe_int(v) for v in values])
try:
    total = sum(10 / n for n in [5, 2, 0])
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    {k: v for k, v in [(1, 2), (3,)]}
except ValueError as e:
    print("ValueError:", e)
