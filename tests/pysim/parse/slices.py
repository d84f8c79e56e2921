a = list(range(10))
print(a[1:3], a[:2], a[8:], a[::2], a[::-1], a[1:8:3], a[:])
print(a[-3:-1], a[slice(1, 2)])
s = "hello"
print(s[1:], s[:-1], s[::2])
m = {(1, 2): "t"}
print(m[1, 2])
