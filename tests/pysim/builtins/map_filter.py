# map with one or many iterables, filter with a function or None; both are lazy and single-use
print(list(map(str, [1, 2, 3])), list(map(len, ["a", "bb"])), list(map(lambda x: x * 2, "ab")))
print(list(map(pow, [2, 3, 4], [5, 2])), list(map(lambda a, b, c: a + b + c, [1, 2], [10, 20], [100, 200, 300])))
print(list(filter(None, [0, 1, "", "a", None, [], [0], False, 0.0, 2])))
print(list(filter(str.isdigit, "a1b2c3")), list(filter(lambda n: n % 2, range(10))))
m = map(abs, [-1, -2, -3])
print(next(m), list(m), list(m), type(m).__name__, type(filter(None, [])).__name__)
def noisy(x):
    print("called with", x)
    return x * 10
lazy = map(noisy, [1, 2, 3])
print("map created")
print(next(lazy))
print(sum(map(int, "123")), max(map(len, ["ab", "abc"])), sorted(map(str.upper, "cab")))
try:
    list(map(None, [1]))
except TypeError as e:
    print(type(e).__name__, e)
