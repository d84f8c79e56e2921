# 3.12 inlines list comprehensions: the error has no extra frame
def inverses(nums):
    return [1 / n for n in nums]
print(inverses([1, 2, 4]))
print(inverses([1, 0]))
