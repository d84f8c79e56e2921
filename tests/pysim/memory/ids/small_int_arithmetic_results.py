# arithmetic results in -5..256 are the cached objects; results outside are new every time
n = 250
for k in range(4, 9):
    x = n + k
    y = n + k
    print(x, x is y)
m = -3
print(m - 2, (m - 2) is (m - 2), m - 3, (m - 3) is (m - 3))
big = 1000
print(big - 744 is big - 744, big - 743 is big - 743)
print((2 * n) // 2 is n, n * 2 is n * 2, -n // n is -n // n)
print(big % 7 is big % 7, divmod(big, 7)[0] is divmod(big, 7)[0])
