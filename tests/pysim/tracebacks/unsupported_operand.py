# unsupported operand types between None and int
def find(items, target):
    for i, x in enumerate(items):
        if x == target:
            return i
position = find([5, 6, 7], 9)
print(position + 1)
