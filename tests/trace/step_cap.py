# args: --max-trace-steps=6
# Recording stops at the cap; the program still runs to its end.
total = 0
for i in range(100):
    total += i
print(total)
