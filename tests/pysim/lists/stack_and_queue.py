# a list as a stack (append/pop) and as a queue (append/pop(0))
stack = []
for item in ["a", "b", "c"]:
    stack.append(item)
    print("push", item, stack)
while stack:
    top = stack.pop()
    print("pop", top, stack)
queue = ["x", "y"]
queue.append("z")
print(queue.pop(0), queue.pop(0), queue, queue[-1])
history = [1, 2, 3, 4, 5]
history = history[-3:]
print(history, history[0], history[-1])
matrix = [[1, 2, 3], [4, 5, 6]]
print([list(row) for row in zip(*matrix)], [r[::-1] for r in matrix], matrix[1][-1])
