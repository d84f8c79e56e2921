# there is only one None: test for it with `is`
def find(items, target):
    for i, item in enumerate(items):
        if item == target:
            return i

result = find([4, 5, 6], 9)
print(result, result is None, type(result).__name__)
print(find([4, 5, 6], 4) is None, find([4, 5, 6], 4))
a = None
b = None
print(a is b, print("side effect") is None)
def nothing():
    pass
print(nothing(), nothing() is None)
