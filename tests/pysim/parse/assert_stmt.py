assert True
assert 1 + 1 == 2, "math"
try:
    assert False, "boom"
except AssertionError as e:
    print("caught", e)
try:
    assert 0
except AssertionError as e:
    print("empty", repr(e))
