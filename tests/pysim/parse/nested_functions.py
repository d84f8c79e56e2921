def make(n):
    def add(x):
        def inner():
            return x + n
        return inner()
    return add
print(make(1)(2))
def rec(n):
    return 1 if n <= 1 else n * rec(n - 1)
print(rec(5))
