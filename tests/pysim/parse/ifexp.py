for n in range(4):
    print("even" if n % 2 == 0 else "odd", n if n > 1 else -n)
x = 1 if 0 else 2 if 0 else 3
print(x)
