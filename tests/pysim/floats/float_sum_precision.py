# accumulated rounding error: a loop, sum() (compensated in 3.12) and math.fsum
import math
total = 0.0
for _ in range(10):
    total += 0.1
print(total, total == 1.0)
print(sum([0.1] * 10), sum([0.1] * 10) == 1.0)
print(math.fsum([0.1] * 10), sum([0.1, 0.2, 0.3]), 0.1 + 0.2 + 0.3)
print(sum([1e100, 1.0, -1e100]), math.fsum([1e100, 1.0, -1e100]))
print(sum([0.1] * 3, 1), sum([1, 2, 3.0]), sum([1e16, 1, 1]), sum([1e16, 1.0, 1.0]), sum([1, 1e16, 1.0]))
print(sum(x / 10 for x in range(11)), sum([0.3] * 3))
prices = [19.99, 5.01, 0.1, 0.2]
print(sum(prices), round(sum(prices), 2), f"{sum(prices):.2f}")
