data = [1, 2, 3, 4, 5]
if (n := len(data)) > 3:
    print("long", n)
print([y for x in data if (y := x * 2) > 4])
total = 0
while (chunk := data[total:total + 2]):
    total += 2
    print(chunk)
print((z := 10) + z)
