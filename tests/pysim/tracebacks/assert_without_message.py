# failing bare assert prints just AssertionError
x = 3
assert x > 0
print("first assert passed")
assert x % 2 == 0
print("never")
