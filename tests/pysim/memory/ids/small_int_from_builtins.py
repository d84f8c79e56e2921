# ints in -5..256 that come from builtins (len, ord, sum, abs, round, int(float)...) are the cached ones
items = [1, 2, 3]
n = 3
print(len(items) is n, sum(items) is 6 - n + n, max(items) is n)
c = ord("a")
d = 97
print(c is d, abs(-3) is n, round(3.2) is n, int(3.9) is n)
print(int("0x10", 16) is 16 + 0 * n, hash(5) is 5 + 0 * n, divmod(17, 5)[1] is 2 + 0 * n)
k = 100
print(int(str(k)) is k, int(float(k)) is k, sum([50, 50]) is k)
big = 300
print(int(str(big)) is big, int(float(big)) is big, sum([150, 150]) is big)
print(len(range(200)) is 200 + 0 * n, len(range(300)) is 300 + 0 * n)
