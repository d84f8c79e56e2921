# operands are evaluated left to right, even around assignment
def v(x):
    print("eval", x)
    return x
print(v(1) + v(2) * v(3))
print(v(2) ** v(3) ** v(1))
result = v([10, 20, 30])[v(1)]
print(result)
d = {}
d[v("key")] = v("value")
print(d)
v(print) (v("called"))
x = v(1) if v(True) else v(2)
print(x)
print([v(1), v(2)], (v(3), v(4)))
a = [0, 0]
a[v(0)] += v(5)
print(a)
