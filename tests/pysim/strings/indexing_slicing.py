# string indexing and slicing with steps and out-of-range bounds; index error at the end
s = "Python"
print(s[0], s[-1], s[1:4], s[:2], s[2:], s[:], s[::-1], s[::2], s[1::2], s[-3:])
print(repr(s[10:]), repr(s[4:2]), s[-100:100], s[5:0:-1], s[::-2], s[-2:-5:-1], repr(s[0:0]))
print(s[len(s) - 1], s[:-1], s[1:-1], s[::3], s[-1::-3], type(s[0]).__name__, len(s[0]))
word = "level"
print(word == word[::-1], "hello"[::-1] == "hello")
i = 2
print(s[i], s[i:i + 3], s[slice(1, 5, 2)], s[-i])
for k in range(0, len(s), 2):
    print(k, s[k], s[k:k + 2])
print(s[6])
