# the walrus operator in a comprehension binds in the enclosing scope
data = [5, 12, 7, 20]
big = [y for x in data if (y := x * 2) > 15]
print(big, y)
def scan(values):
    found = [last := v for v in values if v % 2 == 0]
    return found, last
print(scan([1, 4, 6, 9]))
total = 0
running = [total := total + v for v in [1, 2, 3, 4]]
print(running, total)
print([(n, sq) for n in range(5) if (sq := n * n) % 2 == 0])
