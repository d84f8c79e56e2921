# return with no value, several values as a tuple, and early returns
def nothing():
    return
def implicit():
    x = 1
def pair():
    return 1, 2
def single():
    return (1,)
def first_negative(nums):
    for n in nums:
        if n < 0:
            return n
    return None
print(nothing(), implicit())
p = pair()
print(p, type(p).__name__)
q, r = pair()
print(q, r)
print(single())
print(first_negative([3, -1, -5]), first_negative([1]))
def minmax(seq):
    return min(seq), max(seq)
lo, hi = minmax([5, 3, 8])
print(lo, hi)
def multiple_exits(x):
    if x > 0:
        return "pos"
    if x < 0:
        return "neg"
print(multiple_exits(1), multiple_exits(-1), multiple_exits(0))
