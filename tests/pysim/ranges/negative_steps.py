# ranges that count down, empty ranges, and len with negative steps
for args in [(10, 0, -3), (5, -5, -2), (0, 10, -1), (3, 3, -1), (-1, -10, -4), (10, 0)]:
    r = range(*args)
    print(args, r, len(r), list(r), r[0] if r else None)
print(list(reversed(range(5))), list(reversed(range(1, 10, 4))), list(range(4, -1, -1)))
print(list(range(10, 0, -1)) == list(reversed(range(1, 11))), range(4, -1, -1) == range(4, -1, -1))
print(-5 in range(0, -10, -1), -10 in range(0, -10, -1), 0 in range(0, -10, -1))
