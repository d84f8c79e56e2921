# reading slices: negative indexes, steps, empty and out-of-range slices
a = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9]
print(a[2:5], a[:3], a[7:], a[-3:], a[:-7], a[::3], a[1::2], a[::-1])
print(a[8:2:-2], a[-1:-4:-1], a[5:1], a[100:], a[-100:2], a[::-4], a[3:3])
print(a[2:-2:3], a[-2:2:-3], a[None:None:2], a[slice(2, None)], a[::-1][::-1] == a)
n = len(a)
print(a[n - 1], a[-n], a[:n] == a, a[1:][:2], a[:][3])
try:
    print(a[::0])
except ValueError as e:
    print(type(e).__name__, e)
try:
    print(a["1"])
except TypeError as e:
    print(type(e).__name__, e)
try:
    print(a[1.0:2])
except TypeError as e:
    print(type(e).__name__, e)
print(a[True], a[False:True], a[-11 + 1])
