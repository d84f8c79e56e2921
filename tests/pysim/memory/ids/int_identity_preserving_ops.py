# some int operations hand back the very same object (int(x), abs of a positive, unary +, round)
x = 123456
print(int(x) is x, abs(x) is x, +x is x, round(x) is x)
print(x * 1 is x, x + 0 is x, x // 1 is x, -(-x) is x, x | 0 is x)
y = -123456
print(abs(y) is y, abs(y) == x, int(y) is y)
f = 2.5
print(float(f) is f, f * 1 is f, f + 0 is f)
b = True
print(bool(b) is b, int(b) is 1 + 0 * x, int(b) == b)
