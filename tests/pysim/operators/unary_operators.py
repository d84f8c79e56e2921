# unary minus, plus, invert and not on numbers and bools
x = 5
print(-x, +x, ~x, not x, -(-x), - -x)
f = 2.5
print(-f, +f, not f, -0.0, +0.0, -(0.0))
print(-True, +True, ~0, ~-1, not 0, not 0.0)
big = 10 ** 25
print(-big, ~big)
print(abs(-x), abs(-f), -abs(x))
try:
    ~f
except TypeError as e:
    print("TypeError:", e)
try:
    -"5"
except TypeError as e:
    print("TypeError:", e)
try:
    +[1]
except TypeError as e:
    print("TypeError:", e)
try:
    -None
except TypeError as e:
    print("TypeError:", e)
