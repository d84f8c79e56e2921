# += on a list mutates it in place; + makes a new list.
nums = [1, 2]
same = nums
nums += [3]
print(same)
nums = nums + [4]
print(same, nums)
