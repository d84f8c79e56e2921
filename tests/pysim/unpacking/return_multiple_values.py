# returning several values as a tuple and unpacking them at the call
def divmod_pair(a, b):
    return a // b, a % b
q, r = divmod_pair(17, 5)
print(q, r)
result = divmod_pair(17, 5)
print(result, result[0])
def stats(values):
    return min(values), max(values), sum(values) / len(values)
lo, hi, mean = stats([3, 9, 6])
print(lo, hi, mean)
def split_name(full):
    first, *middle, last = full.split()
    return first, " ".join(middle), last
print(split_name("Ada King Lovelace"), split_name("Alan Turing"))
_, _, only_mean = stats([1, 2])
print(only_mean)
for quotient, remainder in [divmod(n, 4) for n in (9, 12)]:
    print(quotient, remainder)
