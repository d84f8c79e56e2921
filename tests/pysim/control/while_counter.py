# while loops with counters, conditions re-evaluated each pass
n = 0
while n < 5:
    print("n =", n)
    n += 1
print("after loop", n)
total, k = 0, 1
while k <= 100:
    total += k
    k += 1
print(total)
x = 27
steps = 0
while x != 1:
    x = x // 2 if x % 2 == 0 else 3 * x + 1
    steps += 1
print("collatz steps", steps)
items = [1, 2, 3]
while items:
    print("pop", items.pop())
print(items)
