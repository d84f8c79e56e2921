n = 0
while n < 3:
    n += 1
else:
    print("done", n)
while True:
    n -= 1
    if n == 1:
        continue
    if n < 0:
        break
    print(n)
else:
    print("not printed")
