# semicolons, backslash continuation, implicit joining inside brackets
a = 1; b = 2; c = 3
print(a, b, c)
total = 1 + \
        2 + \
        3
print(total)
values = [
    10,
    20,  # comment inside
    30,
]
print(values)
result = (a
          + b
          * c)
print(result)
d = {
    "x": 1,
    "y": 2
}
print(d)
if a == 1 and \
   b == 2:
    print("both")
print(max(1,
          5,
          3))
