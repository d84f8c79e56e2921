# generator expressions consumed by built-ins
nums = [4, 8, 15, 16, 23, 42]
print(sum(x * x for x in nums))
print(any(x > 40 for x in nums), all(x > 3 for x in nums), any(x < 0 for x in nums))
print(max(x % 10 for x in nums), min((x for x in nums if x > 10), default=None))
print(list(x // 2 for x in nums), tuple(x for x in "ab"))
print(sorted((x % 7 for x in nums), reverse=True))
print(next(x for x in nums if x > 10), next((x for x in nums if x > 100), "none"))
print(", ".join(str(x) for x in nums))
print(set(x % 3 for x in nums), dict((x, x + 1) for x in range(3)))
print(sum(1 for _ in range(7)), len(list(c for c in "hello" if c in "lo")))
print(all(()), any(()), all(x for x in [1, 0, 1]))
print(sum(x for x in [0.1] * 10), sum((x for x in range(5)), 100))
