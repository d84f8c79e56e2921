# error in a named function applied by map and consumed by list
def square_root(x):
    if x < 0:
        raise ValueError(f"negative input: {x}")
    return x ** 0.5
print(list(map(square_root, [4, 9])))
print(list(map(square_root, [16, -1])))
