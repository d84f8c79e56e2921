# conditional expressions, nesting, and evaluation of only one branch
def loud(v):
    print("evaluated", v)
    return v
x = 5
print("odd" if x % 2 else "even")
print(loud("a") if x > 3 else loud("b"))
print(loud("a") if x > 10 else loud("b"))
sign = "neg" if x < 0 else "zero" if x == 0 else "pos"
print(sign)
for v in [-2, 0, 2]:
    print(v, "neg" if v < 0 else "zero" if v == 0 else "pos")
print([v if v > 0 else 0 for v in [-1, 2, -3, 4]])
y = 1 + (10 if x else 20)
print(y)
f = lambda v: "big" if v > 100 else "small"
print(f(1000), f(1))
