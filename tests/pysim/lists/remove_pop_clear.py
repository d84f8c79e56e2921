# remove deletes the first equal item; pop returns it; clear empties the same list
items = ["a", "b", "c", "b", "d"]
items.remove("b")
print(items, items.pop(), items.pop(0), items.pop(-2), items)
nums = [3, 1.0, True, 1]
nums.remove(1)
print(nums)
alias = items
items.clear()
print(items, alias, alias is items)
for action in (lambda: [1, 2].remove(5), lambda: [].pop(), lambda: [1].pop(3),
               lambda: [1].pop(-2), lambda: ["x"].remove("X"), lambda: [1].pop("0")):
    try:
        action()
    except (ValueError, IndexError, TypeError) as e:
        print(type(e).__name__, e)
stack = []
for n in range(4):
    stack.append(n * n)
while stack:
    print(stack.pop(), end=" ")
print()
