# floor division and modulo round toward minus infinity, also for big ints
pairs = [(7, 2), (-7, 2), (7, -2), (-7, -2), (0, 3), (-1, 10)]
for a, b in pairs:
    print(f"{a:>3} // {b:>2} = {a // b:>3}   {a:>3} % {b:>2} = {a % b:>3}   divmod = {divmod(a, b)}")
big = -(10 ** 30)
print(big // 7)
print(big % 7)
print(10 ** 30 // -7, 10 ** 30 % -7)
q, r = divmod(-123456789012345678901234567890, 1000000007)
print(q, r)
print(q * 1000000007 + r)
print(-17 // 5 * 5 + -17 % 5)
print(divmod(-(2 ** 100), 2 ** 50 + 1))
print(-3 % 2 ** 70)
