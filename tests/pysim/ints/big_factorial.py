# factorials beyond 64 bits: exact digits, digit counts and trailing zeros
def factorial(n):
    result = 1
    for k in range(2, n + 1):
        result *= k
    return result

for n in (20, 21, 25, 50):
    print(n, factorial(n))
big = factorial(100)
print(big)
text = str(big)
print(len(text), "digits")
print(len(text) - len(text.rstrip("0")), "trailing zeros")
print(sum(int(d) for d in text), "digit sum")
print(big // factorial(98) == 100 * 99)
print(big % 101, big % 97)
print(factorial(30) - factorial(29) * 30)
