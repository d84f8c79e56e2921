# targets are assigned left to right, so later targets see earlier ones
a = [0, 0, 0]
i = 0
i, a[i] = 1, 5
print(i, a)
b = [10, 20, 30]
j = 0
b[j], j = 99, 2
print(j, b)
x = [1, 2, 3]
x[0], x = 100, [7]
print(x)
nums = [2, 0, 1]
k = 0
k, nums[k] = nums[k], k
print(k, nums)
