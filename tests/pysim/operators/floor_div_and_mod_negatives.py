# // rounds toward negative infinity and % takes the sign of the divisor
pairs = [(7, 3), (-7, 3), (7, -3), (-7, -3), (0, 5), (6, 3), (-6, 3), (1, 7), (-1, 7)]
for a, b in pairs:
    print(f"{a:>3} // {b:>2} = {a // b:>3}   {a:>3} % {b:>2} = {a % b:>3}   divmod = {divmod(a, b)}")
print(7.5 // 2, -7.5 // 2, 7.5 % 2, -7.5 % 2, 7 % -2.5)
print(-1 % 10, -11 % 10, 10 % -3, -10 % -3)
print(int(-7 / 2), -7 // 2, round(-7 / 2))
print(-(10 ** 20) // 7, -(10 ** 20) % 7)
print(5.0 // 0.3, 5.0 % 0.3)
print(divmod(-7.5, 2), divmod(10 ** 18, -7))
