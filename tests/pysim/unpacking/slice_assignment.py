# assigning to slices replaces, inserts and deletes; extended slices need equal sizes
nums = [0, 1, 2, 3, 4, 5]
nums[1:3] = ["a", "b", "c"]
print(nums)
nums[:2] = []
print(nums)
nums[2:2] = [100, 200]
print(nums)
nums[::2] = "WXYZ"
print(nums)
nums[len(nums):] = [9]
print(nums)
copy = nums[:]
copy[:] = range(3)
print(copy, nums[:3])
try:
    nums[::2] = [1, 2]
except ValueError as e:
    print("ValueError:", e)
try:
    nums[1:3] = 5
except TypeError as e:
    print("TypeError:", e)
letters = list("abcdef")
letters[::-2] = ["1", "2", "3"]
print(letters)
del letters[1::2]
print(letters)
