# a list's size jumps as it grows, but the list object itself never moves
import sys
nums = []
start = id(nums)
for i in range(10):
    nums.append(i)
    print(len(nums), sys.getsizeof(nums), id(nums) == start)
