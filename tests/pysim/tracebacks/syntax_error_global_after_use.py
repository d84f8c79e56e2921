# a name used before its global declaration in the same function
total = 0
def add(n):
    print(total)
    global total
    total += n
add(1)
