# a function containing yield is a generator function: not simulated
print("before")
def countdown(n):
    while n > 0:
        yield n
        n -= 1
print(list(countdown(3)))
