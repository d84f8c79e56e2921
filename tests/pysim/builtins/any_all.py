# any() and all(): empty inputs, truthiness, and short-circuiting
print(any([]), all([]), any([0, "", None]), all([1, "x", [0]]), any([0, 0.0, 1]), all([1, 0]))
print(any("abc"), all(""), any([[]]), all([[]]), any(x > 3 for x in [1, 5]), all(x > 0 for x in range(1, 4)))
def check(x):
    print("checking", x)
    return x > 1
print(any(check(x) for x in [0, 2, 3]))
print(all(check(x) for x in [5, 0, 7]))
print(any([0, 2, 3]), type(any([5])).__name__, all([1, 2, 3]) is True)
