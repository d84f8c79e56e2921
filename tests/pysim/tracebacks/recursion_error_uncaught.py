# unbounded recursion: repeated frames are collapsed
def countdown(n):
    if n == 0:
        return "liftoff"
    return countdown(n - 1)
print(countdown(5))
countdown(-1)
