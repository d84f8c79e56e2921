# catching an exception by class and inspecting it with as
def divide(a, b):
    try:
        result = a / b
    except ZeroDivisionError as e:
        print("caught", type(e).__name__, "-", e)
        return None
    return result
print(divide(10, 4))
print(divide(1, 0))
try:
    int("forty")
except ValueError as err:
    print(type(err).__name__, err, err.args)
try:
    [1, 2][5]
except IndexError:
    print("index problem")
try:
    {"a": 1}["b"]
except KeyError as e:
    print("missing key", e, repr(e), e.args)
print("program continues")
