# removing from a list while iterating it skips items; iterate a copy instead
nums = [1, 2, 2, 3, 4, 4, 5]
for n in nums:
    if n % 2 == 0:
        nums.remove(n)
print(nums)
nums = [1, 2, 2, 3, 4, 4, 5]
for n in nums[:]:
    if n % 2 == 0:
        nums.remove(n)
print(nums)
nums = [1, 2, 2, 3, 4, 4, 5]
nums = [n for n in nums if n % 2]
print(nums)
grow = [1, 2]
for n in grow:
    if n < 5:
        grow.append(n + 2)
print(grow)
letters = ["a", "b", "c"]
for i in range(len(letters)):
    letters[i] = letters[i].upper()
print(letters)
