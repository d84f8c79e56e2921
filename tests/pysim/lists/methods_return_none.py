# in-place list methods return None, so assigning their result loses the list
nums = [3, 1, 2]
result = nums.sort()
print(result, nums)
result = nums.append(4)
print(result, nums)
print(nums.reverse(), nums.extend([0]), nums.insert(0, 9), nums.clear(), nums)
nums = [3, 1, 2]
nums = nums.sort()
print(nums)
nums.append(5)
