# remove raises KeyError for a missing item, discard does not; pop on empty fails
s = {10, 20}
s.discard(30)
try:
    s.remove(30)
except KeyError as e:
    print(type(e).__name__, e)
print(s.pop(), s.pop(), s)
try:
    s.pop()
except KeyError as e:
    print(type(e).__name__, e)
try:
    s.remove([1])
except TypeError as e:
    print(type(e).__name__, e)
s.remove("missing")
