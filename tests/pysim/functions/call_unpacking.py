# * and ** unpacking in calls, several at once, mixed with normal arguments
def f(a, b, c, d=0):
    return [a, b, c, d]
args = [1, 2]
print(f(*args, 3))
print(f(*args, *[3, 4]))
print(f(*"xyz"))
print(f(*range(3), d=9))
kw = {"c": 30, "d": 40}
print(f(1, 2, **kw))
print(f(**{"a": 1, "b": 2}, **{"c": 3}))
print(f(*(1,), b=2, **{"c": 3}))
print(f(*{10: "x", 20: "y"}, 30))
def show(*a, **k):
    return a, k
print(show(*[], **{}))
print(show(*[1, 2], 3, *(4,), x=1, **{"y": 2}))
print(max(*[3, 9, 2]), print(*["printed", "by", "star"]))
