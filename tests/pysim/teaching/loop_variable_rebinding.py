# rebinding the loop variable does not change the list; assign through the index instead
prices = [10, 20, 30]
for p in prices:
    p = p * 2
print(prices)
for i in range(len(prices)):
    prices[i] = prices[i] * 2
print(prices)
rows = [[1], [2]]
for row in rows:
    row.append(0)
print(rows, "- mutating each inner list does change them")
doubled = [p * 2 for p in prices]
print(doubled, prices)
