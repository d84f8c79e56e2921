for i in range(3):
    pass
else:
    print("else", i)
for i, (a, b) in enumerate([(1, 2), (3, 4)]):
    print(i, a, b)
for x in []:
    print("never")
for i in range(5):
    if i == 2:
        break
else:
    print("no")
print(i)
