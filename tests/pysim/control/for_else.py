# for/else: else runs when the loop is exhausted without break
for n in range(2, 20):
    for d in range(2, n):
        if n % d == 0:
            break
    else:
        print(n, "is prime")
for x in []:
    print("never")
else:
    print("empty loop still runs else")
for x in [1, 2, 3]:
    if x == 2:
        continue
    print("x", x)
else:
    print("continue does not skip else")
for x in "abc":
    if x == "b":
        break
else:
    print("not reached")
print("x after loop:", x)
