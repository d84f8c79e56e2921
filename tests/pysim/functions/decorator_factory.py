# decorators with arguments and decorators that keep state
def repeat(times):
    def decorate(fn):
        def wrapper(*args):
            return [fn(*args) for _ in range(times)]
        return wrapper
    return decorate
@repeat(3)
def hello(name):
    return "hi " + name
print(hello("x"))
def count_calls(fn):
    def wrapper(*args):
        wrapper.calls += 1
        return fn(*args)
    wrapper.calls = 0
    return wrapper
@count_calls
def square(n):
    return n * n
print(square(2), square(3), square.calls)
def memoize(fn):
    memo = {}
    def inner(n):
        if n not in memo:
            memo[n] = fn(n)
        return memo[n]
    return inner
@memoize
def slow_fib(n):
    return n if n < 2 else slow_fib(n - 1) + slow_fib(n - 2)
print(slow_fib(80))
