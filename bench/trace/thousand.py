# About 1,000 traced steps: a loop that calls a function, which mutates a
# shared list, and rebinds names to new ints on every round.
def push(stack, item):
    stack.append(item)
    return len(stack)

stack = []
total = 0
for i in range(140):
    n = push(stack, i * 3)
    total += n * i
print(total, len(stack), stack[-3:])
