# iterators are single-use: once consumed they stay empty; lists can be re-iterated
nums = [1, 2, 3]
it = iter(nums)
print(list(it), list(it), sum(iter(nums)), sum(nums), sum(nums))
m = map(str, nums)
print(list(m), list(m))
z = zip("ab", "cd")
print(dict(z), dict(z))
f = filter(None, [0, 1, 2])
print(1 in f, list(f))
it = iter(range(10))
print(5 in it, next(it), list(it))
e = enumerate("abc")
for i, ch in e:
    if i == 1:
        break
print(list(e))
gen = (x * x for x in nums)
print(max(gen), list(gen), 4 in (x * x for x in nums))
