# integer arithmetic in a while loop
total = 0
i = 0
while i < 1_000_000:
    total += i * i % 7
    i += 1
print(total)
