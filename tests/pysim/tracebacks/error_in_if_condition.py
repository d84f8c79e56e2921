# error raised while evaluating an if condition inside a function
def check(limit):
    if limit > 10 and limit / (limit - 20) > 0:
        return "big"
    return "small"
print(check(5))
print(check(30))
print(check(20))
