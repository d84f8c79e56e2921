# for-loop variables remain bound after the loop; empty loop binds nothing
for i in range(3):
    pass
print("i after loop:", i)
for i in range(10, 13):
    last = i * 2
print(i, last)
for late in []:
    pass
try:
    print(late)
except NameError as e:
    print("NameError:", e)
for a, b in [(1, 2), (3, 4)]:
    pass
print(a, b)
i = 100
for i in range(2):
    i = i * 50
    print("inside", i)
print("after", i)
