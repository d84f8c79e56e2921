# recursive factorial, fibonacci, sum of nested lists and power set size
def factorial(n):
    if n <= 1:
        return 1
    return n * factorial(n - 1)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
def deep_sum(x):
    if isinstance(x, list):
        return sum(deep_sum(i) for i in x)
    return x
def reverse(s):
    return s if len(s) <= 1 else reverse(s[1:]) + s[0]
print([factorial(i) for i in range(8)])
print(factorial(30))
print([fib(i) for i in range(15)])
print(deep_sum([1, [2, [3, [4]], 5]]))
print(reverse("recursion"))
def hanoi(n, a, b, c, moves):
    if n:
        hanoi(n - 1, a, c, b, moves)
        moves.append(a + c)
        hanoi(n - 1, b, a, c, moves)
    return moves
print(hanoi(3, "A", "B", "C", []))
