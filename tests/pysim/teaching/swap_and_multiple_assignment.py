# tuple packing and unpacking: swap two names and rotate three without a temporary
a, b = "left", "right"
a, b = b, a
print(a, b)
x, y, z = 1, 2, 3
x, y, z = y, z, x
print(x, y, z)
first = [1]
second = [2]
first, second = second, first
print(first, second)
nums = [1, 2, 3]
nums[0], nums[2] = nums[2], nums[0]
print(nums)
i = 0
i, nums[i] = 2, "set"
print(i, nums)
