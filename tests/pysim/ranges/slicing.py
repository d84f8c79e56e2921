# slicing a range gives another range, with the step and bounds worked out
r = range(0, 20, 2)
print(r[2:5], r[::-1], r[::2], r[1::3], r[-3:], r[5:1], r[100:], r[:-100], r[::-3])
print(list(r[2:5]), list(r[::-1]), len(r[::-1]), r[::-1][0], r[::-1][-1])
d = range(10, 0, -3)
print(d, list(d), d[1:], d[::-1], list(d[::-1]), d[-1], len(d))
print(range(5)[1:3] == range(1, 3), range(5)[::2], range(5)[::-2], range(5)[3:0:-1])
try:
    print(r[::0])
except ValueError as e:
    print(type(e).__name__, e)
