# chained comparisons evaluate each operand once and short-circuit
def v(x):
    print("eval", x)
    return x
print(1 < 2 < 3, 3 > 2 > 2, 1 < 3 > 2, 1 == 1.0 == True)
print(v(1) < v(2) < v(3))
print(v(5) < v(2) < v(3))
x = 5
print(0 <= x < 10, 0 < x < 3, x == 5 != 6, 1 < x in [5])
print(1 < 2 > 0 < 5 != 4)
print(v(1) == v(1) == v(2) == v(3))
a = [1]
b = a
print(a is b is not None, [] is not [] == False)
print("a" < "b" < "c", "abc" < "abd" < "b", (1, 2) < (1, 3) <= (1, 3))
