# an uncaught integer division by zero inside a function: full traceback
def share(total, people):
    each = total // people
    return each

print(share(10, 3))
print(share(-10, 3))
friends = []
print(share(100, len(friends)))
print("not reached")
