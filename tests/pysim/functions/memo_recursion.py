# memoised recursion with a dict passed along and a global cache
cache = {}
def fib(n):
    if n in cache:
        return cache[n]
    result = n if n < 2 else fib(n - 1) + fib(n - 2)
    cache[n] = result
    return result
print(fib(90))
print(len(cache))
def ways(n, memo=None):
    if memo is None:
        memo = {}
    if n < 0:
        return 0
    if n == 0:
        return 1
    if n not in memo:
        memo[n] = ways(n - 1, memo) + ways(n - 2, memo) + ways(n - 3, memo)
    return memo[n]
print([ways(i) for i in range(10)], ways(60))
