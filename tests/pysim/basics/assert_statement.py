# assert passes silently, fails with AssertionError and an optional message
x = 5
assert x == 5
assert x > 0, "x must be positive"
try:
    assert x < 0, "x must be negative"
except AssertionError as e:
    print("caught:", e, e.args)
try:
    assert x < 0
except AssertionError as e:
    print("no message:", repr(e), e.args)
try:
    assert [], f"empty list {x}"
except AssertionError as e:
    print(e)
def check(v):
    assert isinstance(v, int), v
    return v * 2
print(check(4))
try:
    check("a")
except AssertionError as e:
    print(type(e).__name__, e)
