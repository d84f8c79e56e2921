# += and *= mutate lists in place but build new strs and tuples
a = [1]
alias = a
a += [2, 3]
print(a, alias, a is alias)
a *= 2
print(a, alias, a is alias)
a += "xy"
print(a)
t = (1, 2)
t_alias = t
t += (3,)
print(t, t_alias, t is t_alias)
s = "ab"
s_alias = s
s *= 3
print(s, s_alias, s is s_alias)
d = {"n": 1}
d["n"] += 10
print(d)
nums = [1, 2, 3]
nums[1] *= 100
nums[-1] -= 1
print(nums)
