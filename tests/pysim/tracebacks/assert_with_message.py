# failing assert with a message
def mean(xs):
    assert len(xs) > 0, "mean() of empty list"
    return sum(xs) / len(xs)
print(mean([2, 4]))
print(mean([]))
