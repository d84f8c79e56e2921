# the := operator binds inside expressions
data = [3, 8, 1, 9, 4]
if (n := len(data)) > 3:
    print("long list of", n)
i = 0
while (x := data[i]) != 9:
    print("saw", x)
    i += 1
print("stopped at", x)
squares = [y for v in data if (y := v * v) > 10]
print(squares, y)
print((total := sum(data)), total)
def f(v):
    return (w := v + 1) * w
print(f(3))
print([last := k for k in range(4)], last)
