n = 3
while n:
# nothing here
n -= 1
