# sieve of Eratosthenes with nested loops and list indexing
limit = 50
is_prime = [True] * (limit + 1)
is_prime[0] = is_prime[1] = False
p = 2
while p * p <= limit:
    if is_prime[p]:
        for m in range(p * p, limit + 1, p):
            is_prime[m] = False
    p += 1
primes = [i for i, flag in enumerate(is_prime) if flag]
print(primes)
print(len(primes), sum(primes))
