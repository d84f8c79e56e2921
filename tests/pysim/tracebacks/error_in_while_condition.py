# error raised while evaluating a while condition
queue = [3, 2, 1]
i = 0
while queue[i] > 0:
    print(queue[i])
    i += 1
