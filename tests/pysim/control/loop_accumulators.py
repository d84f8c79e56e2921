# accumulating results: sums, products, max tracking, string building
nums = [4, -2, 9, 0, 7]
total = 0
product = 1
largest = nums[0]
text = ""
for n in nums:
    total += n
    if n:
        product *= n
    if n > largest:
        largest = n
    text += str(n) + ","
print(total, product, largest, text)
evens, odds = [], []
for n in range(10):
    (evens if n % 2 == 0 else odds).append(n)
print(evens, odds)
pairs = []
for i in range(3):
    for j in range(i):
        pairs.append((i, j))
print(pairs)
