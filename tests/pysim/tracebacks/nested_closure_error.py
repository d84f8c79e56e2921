# error raised inside a closure returned by another function
def make_divider(d):
    def divide(n):
        return n / d
    return divide
half = make_divider(2)
print(half(9))
broken = make_divider(0)
print(broken(9))
