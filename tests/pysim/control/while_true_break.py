# while True loop exits with break; state updated across iterations
balance = 100
year = 0
while True:
    year += 1
    balance = balance * 1.1
    if balance >= 200:
        break
print(year, round(balance, 2))
queue = [3, 1, 2]
seen = []
while True:
    if not queue:
        break
    item = queue.pop(0)
    if item == 1:
        continue
    seen.append(item)
print(seen)
a, b = 0, 1
while True:
    if a > 50:
        break
    print(a, end=" ")
    a, b = b, a + b
print()
