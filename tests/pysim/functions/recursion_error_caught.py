# unbounded recursion raises RecursionError, which can be caught
def forever(n):
    return forever(n + 1)
try:
    forever(0)
except RecursionError as e:
    print(type(e).__name__, "-", e)
    print(isinstance(e, RuntimeError))
depth = 0
def count_depth():
    global depth
    depth += 1
    count_depth()
try:
    count_depth()
except RecursionError:
    print("depth over 900:", depth > 900, "and under 1001:", depth < 1001)
def ok(n):
    return 0 if n == 0 else 1 + ok(n - 1)
print(ok(900))
