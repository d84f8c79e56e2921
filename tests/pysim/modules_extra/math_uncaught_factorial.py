# an uncaught math error inside nested calls: the traceback ends at the call of the C function
import math

def choose(n, k):
    return math.factorial(n) // (math.factorial(k) * math.factorial(n - k))

print(choose(5, 2), math.comb(5, 2))
print(choose(2, 5))
