# calling a method on None returned by list.sort()
nums = [3, 1, 2]
ordered = nums.sort()
print(ordered)
print(ordered.reverse())
